import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, runCli } from '../support/clients.js';
import { writeFer2013Folder } from '../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { waitFor } from '../support/wait-for.js';
import { datasetId, saveScreenshot, startBrowserSession, type BrowserSession } from './browser-session.js';

const TERMINAL = ['SUCCEEDED', 'FAILED', 'CANCELED'];

describe('training from the dashboard', () => {
  let platform: TestPlatform;
  let session: BrowserSession;
  let page: Page;
  const name = `browser-train-${Date.now()}`;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const dir = await writeFer2013Folder({ perClassTrain: 3, perClassTest: 1 });
    const imported = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    session = await startBrowserSession(platform);
    page = await session.signedInPage();
  });
  afterAll(async () => {
    await session?.stop();
    await platform?.stop();
  });

  describe('when an override is out of range', () => {
    it('names the field and does not start a run', async () => {
      await page.goto(`${session.dashboardUrl}/runs`);
      await page.getByLabel('Dataset').selectOption(await datasetId(platform, name));
      await page.getByLabel('Epochs').fill('0');
      await page.getByLabel('Learning rate').fill('2');
      await page.getByRole('button', { name: 'Start training' }).click();
      await page.getByTestId('epochs-error').waitFor();
      expect(await page.getByTestId('epochs-error').textContent()).toContain('between 1 and 500');
      expect(await page.getByTestId('learningRate-error').textContent()).toContain('less than 1');
      expect(await page.getByLabel('Epochs').getAttribute('aria-invalid')).toBe('true');
      expect(page.url()).toMatch(/\/runs$/);
      await saveScreenshot(page, 'runs-launch-invalid');
    });
  });

  it('launches a run from the form and draws its learning curves as epochs arrive', async () => {
    await page.goto(`${session.dashboardUrl}/runs`);
    await page.getByLabel('Dataset').selectOption(await datasetId(platform, name));
    expect(await page.getByTestId('recipe-defaults').textContent()).toContain('Batch size');
    await page.getByLabel('Epochs').fill('6');
    await page.getByLabel('Batch size').fill('8');
    await page.getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: 'Start training' }).click();
    await page.waitForURL(/\/runs\/[^/]+$/);
    const live = page.getByTestId('run-live');
    const seen: number[] = [];
    const etas = new Set<string>();
    const final = await waitFor(
      async () => {
        const epochs = Number(await live.getAttribute('data-epochs'));
        if (seen.at(-1) !== epochs) seen.push(epochs);
        etas.add(`${epochs}:${await page.getByTestId('run-eta').textContent()}`);
        return { epochs, status: await live.getAttribute('data-status') };
      },
      (state) => state.epochs >= 6 || TERMINAL.includes(state.status ?? ''),
      { timeoutMs: 180_000, intervalMs: 100, what: 'the run to finish its epochs' },
    );
    expect(final.epochs, `epochs seen live: ${seen.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(seen.length, `the curve grew while the page was open: ${seen.join(', ')}`).toBeGreaterThan(1);
    expect(Number(await page.getByTestId('loss-chart').getAttribute('data-points'))).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.locator('[data-testid="loss-chart"] .recharts-line-dot').count())
      .toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('run-throughput').textContent()).toMatch(/\d/);
    expect(
      [...etas].some((eta) => /≈ \d/.test(eta)),
      `ETAs seen: ${[...etas].join(', ')}`,
    ).toBe(true);
    await expect.poll(() => live.getAttribute('data-status'), { timeout: 120_000 }).toBe('SUCCEEDED');
    await page.getByTestId('run-model-version').getByRole('link').waitFor();
    expect(await page.getByTestId('hyperparameters-table').textContent()).toContain('Batch size');
    expect(await page.getByTestId('environment-table').textContent()).toMatch(/Backend/);
    await saveScreenshot(page, 'run-detail');
  });

  it('cancels a run from the queue and retries it', async () => {
    const started = await gql<{ startTrainingRun: { id: string } }>(platform.apiUrl, {
      query: 'mutation($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { id } }',
      variables: { input: { datasetName: name, epochs: 400, batchSize: 4 } },
      key: platform.adminKey,
    });
    const runId = started.data?.startTrainingRun.id ?? '';
    expect(runId, JSON.stringify(started)).not.toBe('');
    await page.goto(`${session.dashboardUrl}/runs`);
    const row = page.locator(`[data-testid="run-row"][data-run-id="${runId}"]`);
    await row.getByTestId('cancel-run').click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 60_000 }).toBe('CANCELED');
    await row.getByTestId('retry-run').click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/QUEUED|RUNNING/);
    await saveScreenshot(page, 'runs');
    await row.getByTestId('cancel-run').click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 60_000 }).toBe('CANCELED');
  });
});
