import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { gql } from '../support/clients.js';
import { CHROMIUM_ARGS, chromiumPath, startDashboard } from '../support/dashboard.js';
import { ROOT, type TestPlatform } from '../support/platform.js';

/** Where browser specs save their screenshots (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test/artifacts');

/** A dashboard served against a test platform, driven by headless Chromium. */
export interface BrowserSession {
  dashboardUrl: string;
  browser: Browser;
  /** A new 1440x900 page signed in through the login form (in another Chromium when given). */
  signedInPage(browser?: Browser): Promise<Page>;
  /** Launches one more Chromium with extra flags; the session closes it on stop. */
  launchChromium(args: string[]): Promise<Browser>;
  stop(): Promise<void>;
}

/** Starts the built dashboard and Chromium (with extra flags, e.g. fake media devices). */
export async function startBrowserSession(
  platform: TestPlatform,
  options: { chromiumArgs?: string[] } = {},
): Promise<BrowserSession> {
  const dashboard = await startDashboard({ apiUrl: platform.apiUrl });
  const browsers: Browser[] = [];
  const launchChromium = async (args: string[]) => {
    const launched = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...args] });
    browsers.push(launched);
    return launched;
  };
  const browser = await launchChromium(options.chromiumArgs ?? []);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    dashboardUrl: dashboard.url,
    browser,
    launchChromium,
    signedInPage: async (other = browser) => {
      const page = await other.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${dashboard.url}/login`);
      await page.getByLabel('API key').fill(platform.adminKey);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/datasets/);
      return page;
    },
    stop: async () => {
      await Promise.all(browsers.map((b) => b.close()));
      await dashboard.stop();
    },
  };
}

/** Saves what the 1440x900 viewport shows as test/artifacts/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** The id of a dataset by name, straight from the API. */
export async function datasetId(platform: TestPlatform, name: string): Promise<string> {
  const result = await gql<{ datasets: { id: string; name: string }[] }>(platform.apiUrl, {
    query: '{ datasets { id name } }',
    key: platform.adminKey,
  });
  const id = result.data?.datasets.find((d) => d.name === name)?.id;
  if (!id) throw new Error(`dataset ${name} not found: ${JSON.stringify(result)}`);
  return id;
}
