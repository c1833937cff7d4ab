import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/clients.js';
import { CHROMIUM_ARGS, chromiumPath, startDashboard } from '../support/dashboard.js';
import { writeFer2013Folder } from '../support/fixtures.js';
import { ROOT, startTestPlatform, type TestPlatform } from '../support/platform.js';

const ARTIFACTS = path.join(ROOT, 'test/artifacts');

describe('dashboard in headless Chromium', () => {
  let platform: TestPlatform;
  let dashboard: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let modelVersionId: string;
  const name = `browser-faces-${Date.now()}`;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const dir = await writeFer2013Folder({ perClassTrain: 3, perClassTest: 1 });
    expect((await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env)).code).toBe(0);
    const trained = await runCli(['train', '--dataset', name, '--epochs', '1', '--wait', '--json'], platform.env);
    expect(trained.code, trained.stderr).toBe(0);
    modelVersionId = trained.json().modelVersionId as string;
    dashboard = await startDashboard({ apiUrl: platform.apiUrl });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
    await platform?.stop();
  });

  it('logs in with an API key and shows the trained model version', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${dashboard.url}/models`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('API key').fill(platform.adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/datasets/);
    await expect.poll(() => page.getByTestId('dataset-row').filter({ hasText: name }).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'datasets.png') });
    await page.goto(`${dashboard.url}/models`);
    const row = page.locator(`[data-testid="model-version-row"][data-model-version-id="${modelVersionId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Image'); // production belongs to whichever image model came first
    await page.screenshot({ path: path.join(ARTIFACTS, 'models.png') });
    await page.close();
  });

  describe('when the key is wrong', () => {
    it('stays on the login page and says so', async () => {
      const page = await browser.newPage();
      await page.goto(`${dashboard.url}/login`);
      await page.getByLabel('API key').fill('emo_wrong');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('login-error').waitFor();
      expect(await page.getByTestId('login-error').textContent()).toContain('That API key was not accepted');
      await page.close();
    });
  });
});
