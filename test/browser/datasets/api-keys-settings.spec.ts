import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../support/clients.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';
import { saveScreenshot, startBrowserSession, type BrowserSession } from '../browser-session.js';

describe('API keys on /settings', () => {
  let platform: TestPlatform;
  let session: BrowserSession;
  let page: Page;
  const keyName = `browser-key-${Date.now()}`;

  beforeAll(async () => {
    platform = await startTestPlatform({ trainer: false });
    session = await startBrowserSession(platform);
    page = await session.signedInPage();
  });
  afterAll(async () => {
    await session?.stop();
    await platform?.stop();
  });

  it('creates a key, shows it once, and revokes it', async () => {
    await page.goto(`${session.dashboardUrl}/settings`);
    await page.getByLabel('Name').fill(keyName);
    await page.getByLabel('Role').selectOption('VIEWER');
    await page.getByRole('button', { name: 'Create key' }).click();
    const plainKey = (await page.getByTestId('plain-key').textContent()) ?? '';
    expect(plainKey.length).toBeGreaterThan(20);
    const viewer = await gql<{ viewer: { name: string; role: string } }>(platform.apiUrl, {
      query: '{ viewer { name role } }',
      key: plainKey,
    });
    expect(viewer.data?.viewer).toEqual({ name: keyName, role: 'VIEWER' });
    const row = page.locator(`[data-testid="api-key-row"][data-key-name="${keyName}"]`);
    await row.waitFor();
    await saveScreenshot(page, 'settings');

    await page.reload();
    await row.waitFor();
    expect(await page.getByTestId('plain-key').count()).toBe(0);
    expect(await page.content()).not.toContain(plainKey);

    await row.getByRole('button', { name: /^Revoke/ }).click();
    await row.getByRole('button', { name: /^Confirm revoke/ }).click();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    const refused = await gql(platform.apiUrl, { query: '{ viewer { name } }', key: plainKey });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('when the signed-in key is not an admin', () => {
    it('explains that only admins manage keys', async () => {
      const issued = await gql<{ createApiKey: { plainKey: string } }>(platform.apiUrl, {
        query: 'mutation { createApiKey(name: "browser-viewer", role: VIEWER) { plainKey } }',
        key: platform.adminKey,
      });
      const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const other = await context.newPage();
      await other.goto(`${session.dashboardUrl}/login`);
      await other.getByLabel('API key').fill(issued.data?.createApiKey.plainKey ?? '');
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.waitForURL(/\/datasets/);
      await other.goto(`${session.dashboardUrl}/settings`);
      expect(await other.getByTestId('settings-forbidden').textContent()).toContain('viewer role');
      await context.close();
    });
  });
});
