import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@emolab/core/db';
import { gql, runCli } from '../support/clients.js';
import { writeFer2013Folder } from '../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { saveScreenshot, startBrowserSession, type BrowserSession } from './browser-session.js';

async function train(platform: TestPlatform, args: string[]): Promise<string> {
  const trained = await runCli(['train', ...args, '--epochs', '1', '--wait', '--json'], platform.env);
  expect(trained.code, trained.stderr).toBe(0);
  return trained.json().modelVersionId as string;
}

describe('model registry, model pages and comparison', () => {
  let platform: TestPlatform;
  let session: BrowserSession;
  let page: Page;
  let modelA: string;
  let modelB: string;
  const name = `browser-models-${Date.now()}`;
  const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });

  beforeAll(async () => {
    platform = await startTestPlatform();
    const dir = await writeFer2013Folder({ perClassTrain: 3, perClassTest: 2 });
    const imported = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    modelA = await train(platform, ['--dataset', name, '--seed', '1', '--batch-size', '8']);
    modelB = await train(platform, ['--dataset', name, '--seed', '2', '--batch-size', '4', '--learning-rate', '0.01']);
    session = await startBrowserSession(platform);
    page = await session.signedInPage();
  });
  afterAll(async () => {
    await session?.stop();
    await platform?.stop();
    await db.$disconnect();
  });

  const row = (id: string) => page.locator(`[data-testid="model-version-row"][data-model-version-id="${id}"]`);

  it('compares two models ticked in the registry and gives the McNemar verdict', async () => {
    await page.goto(`${session.dashboardUrl}/models`);
    await row(modelA).getByTestId('compare-checkbox').check();
    await row(modelB).getByTestId('compare-checkbox').check();
    await page.getByTestId('compare-link').click();
    await page.waitForURL(/\/compare\?ids=/);
    expect(new URL(page.url()).searchParams.get('ids')).toBe(`${modelA},${modelB}`);
    const verdict = page.getByTestId('pair-verdict');
    await verdict.waitFor();
    expect(await verdict.getByTestId('mcnemar-verdict').textContent()).toMatch(
      /(Significant|No significant) difference \(McNemar p = [<\d.]/,
    );
    expect(await verdict.getByTestId('disagreements').textContent()).toMatch(
      /Only A correct: \d+ · Only B correct: \d+/,
    );
    expect(await page.getByTestId('compare-metrics').locator('[data-testid="metric-delta"]').count()).toBeGreaterThan(
      0,
    );
    await expect.poll(() => page.locator('[data-testid="heatmap-A"] .recharts-bar-rectangle').count()).toBe(49);
    await expect.poll(() => page.locator('[data-testid="heatmap-B"] .recharts-bar-rectangle').count()).toBe(49);
    await expect.poll(() => page.locator('[data-testid="compare-curves"] .recharts-line').count()).toBe(2);
    expect(await page.getByTestId('hyperparameter-diff').textContent()).toContain('Learning rate');
    await saveScreenshot(page, 'compare');
  });

  it('shows a confusion heatmap, per-class bars, calibration and learning curves on a model page', async () => {
    await page.goto(`${session.dashboardUrl}/models/${modelB}`);
    await page.getByTestId('confusion-heatmap').waitFor();
    // recharts draws after its container has been measured, a moment after the element appears.
    await expect.poll(() => page.locator('[data-testid="confusion-heatmap"] .recharts-bar-rectangle').count()).toBe(49);
    // One bar per non-zero precision, recall and F1 (a one-epoch model may score 0 on most classes).
    const { data } = await gql<{ modelVersion: { perClass: { precision: number; recall: number; f1: number }[] } }>(
      platform.apiUrl,
      {
        query: 'query($id: ID!) { modelVersion(id: $id) { perClass { precision recall f1 } } }',
        variables: { id: modelB },
        key: platform.adminKey,
      },
    );
    const nonZero = data!.modelVersion.perClass
      .flatMap((c) => [c.precision, c.recall, c.f1])
      .filter((v) => v > 0).length;
    await expect
      .poll(() => page.locator('[data-testid="per-class-bars"] .recharts-xAxis .recharts-cartesian-axis-tick').count())
      .toBe(7);
    expect(await page.locator('[data-testid="per-class-bars"] .recharts-bar-rectangle').count()).toBe(nonZero);
    await expect.poll(() => page.locator('[data-testid="reliability-chart"] .recharts-reference-line').count()).toBe(1);
    expect(Number(await page.getByTestId('loss-chart').getAttribute('data-points'))).toBe(1);
    expect(await page.getByTestId('hyperparameters-table').textContent()).toContain('0.01');
    expect(await page.getByTestId('environment-table').textContent()).toContain('Backend');
    expect(await page.getByTestId('metric-tta').textContent()).toMatch(/^flip \(accuracy without: \d+(\.\d)?%\)$/);
    expect(await page.getByTestId('metric-blur').count()).toBe(0); // new models record no training blur
    expect(await page.getByTestId('blur-notice').count()).toBe(0);
    await saveScreenshot(page, 'model-detail');
  });

  it('still warns on the page of an old model version that recorded blurred training images', async () => {
    // Versions saved before blur matching was retired carry these metrics; new training cannot make one.
    const old = await db.modelVersion.findUniqueOrThrow({ where: { id: modelA } });
    await db.modelVersion.update({
      where: { id: modelA },
      data: { metrics: { ...(old.metrics as object), trainingBlurSigma: 2.9, testBlurSigma: 0.7 } },
    });
    try {
      await page.goto(`${session.dashboardUrl}/models/${modelA}`);
      await expect
        .poll(() => page.getByTestId('blur-notice').textContent())
        .toContain('The model blurs every input to match');
      expect(await page.getByTestId('metric-blur').textContent()).toContain('2.9 px / 0.7 px');
    } finally {
      await db.modelVersion.update({ where: { id: modelA }, data: { metrics: old.metrics as object } });
    }
  });

  it('promotes a model under an alias and rolls the alias back', async () => {
    const alias = `canary${Date.now() % 100_000}`;
    const aliasRow = page.locator(`[data-testid="alias-row"][data-alias="${alias}"]`);
    await page.goto(`${session.dashboardUrl}/models`);
    for (const id of [modelA, modelB]) {
      await row(id)
        .getByLabel(/Alias to point at model/)
        .fill(alias);
      await row(id)
        .getByRole('button', { name: /Set alias/ })
        .click();
      await expect.poll(() => aliasRow.getAttribute('data-model-version-id')).toBe(id);
    }
    expect(await row(modelB).getByTestId('alias-badge').allTextContents()).toContain(alias);
    await aliasRow.getByRole('button', { name: /Roll back/ }).click();
    await expect.poll(() => aliasRow.getAttribute('data-model-version-id')).toBe(modelA);
    expect(await row(modelA).getByTestId('alias-badge').allTextContents()).toContain(alias);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'registry');
  });
});
