import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, runCli } from '../../support/clients.js';
import { writeFer2013Folder, writeTessFolder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';
import { saveScreenshot, startBrowserSession, type BrowserSession } from '../browser-session.js';

const EMOTIONS = ['ANGRY', 'DISGUST', 'FEAR', 'HAPPY', 'NEUTRAL', 'SAD', 'SURPRISE'];

interface Version {
  id: string;
  number: number;
  frozen: boolean;
}

describe('dataset import, browsing and labeling in the dashboard', () => {
  let platform: TestPlatform;
  let session: BrowserSession;
  let page: Page;
  let folder: string;
  let datasetId: string;
  const name = `browser-import-${Date.now()}`;
  const api = <T>(query: string, variables?: Record<string, unknown>) =>
    gql<T>(platform.apiUrl, { query, variables, key: platform.adminKey });
  const versions = async () =>
    (
      await api<{ dataset: { versions: Version[] } }>(
        'query($id: ID!) { dataset(id: $id) { versions { id number frozen } } }',
        { id: datasetId },
      )
    ).data?.dataset.versions ?? [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    folder = await writeFer2013Folder({
      perClassTrain: 2,
      perClassTest: 1,
      extra: { 'train/happy/broken.jpg': 'not an image' },
    });
    // The same bytes under another label: a conflict for the report.
    const copy = await readFile(path.join(folder, 'train/happy/train_happy_0.jpg'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(folder, 'train/sad/copy_of_happy.jpg'), copy);
    session = await startBrowserSession(platform);
    page = await session.signedInPage();
  });
  afterAll(async () => {
    await session?.stop();
    await platform?.stop();
  });

  it('imports a folder and shows upload progress, then the report with bad files and conflicts', async () => {
    await page.goto(`${session.dashboardUrl}/datasets`);
    await page.getByLabel('Dataset name').fill(name);
    await page.getByLabel('Format').selectOption('fer2013');
    await page.getByTestId('folder-input').setInputFiles(folder);
    await expect.poll(() => page.getByTestId('selected-files').textContent()).toContain('23 files chosen');
    await page.evaluate(() => {
      const seen = { upload: 0, checking: false };
      (window as unknown as { importSeen: typeof seen }).importSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="upload-progress"]');
        if (bar) seen.upload = Math.max(seen.upload, Number(bar.getAttribute('data-value')));
        if (document.querySelector('[data-testid="import-checking"]')) seen.checking = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await page.evaluate(() => (window as unknown as { importSeen: unknown }).importSeen)).toEqual({
      upload: 1,
      checking: true,
    });
    expect(await page.getByTestId('import-bad-files').textContent()).toMatch(/^1 bad files/);
    expect(await page.getByTestId('import-conflicts').textContent()).toMatch(/^1 conflicting/);
    expect(await report.textContent()).toContain('broken.jpg');
    await saveScreenshot(page, 'datasets-import');
    await page.getByTestId('import-open-dataset').click();
    await page.waitForURL(/\/datasets\/[^/]+$/);
    datasetId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  });

  it('takes files dropped on the drop zone', async () => {
    const other = await session.signedInPage();
    await other.getByTestId('drop-zone').waitFor();
    await other.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['a'], 'a.jpg', { type: 'image/jpeg' }));
      transfer.items.add(new File(['b'], 'b.jpg', { type: 'image/jpeg' }));
      document
        .querySelector('[data-testid="drop-zone"]')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => other.getByTestId('selected-files').textContent()).toContain('2 files chosen, e.g. a.jpg');
    await other.close();
  });

  it('browses the samples and filters them by label and review queue', async () => {
    const cells = page.getByTestId('sample-cell');
    await expect.poll(() => cells.count()).toBe(22);
    await expect
      .poll(() =>
        page
          .locator('img.sample-image')
          .evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth === 48).length),
      )
      .toBeGreaterThan(0);
    await page.getByLabel('Label', { exact: true }).selectOption('HAPPY');
    await expect.poll(() => cells.count()).toBe(3);
    expect(await cells.evaluateAll((els) => els.every((el) => el.getAttribute('data-label') === 'HAPPY'))).toBe(true);
    await page.getByLabel('Label', { exact: true }).selectOption('');
    await page.getByLabel('Review queue').selectOption('conflicted');
    await expect.poll(() => cells.count()).toBe(2);
    await page.getByLabel('Review queue').selectOption('all');
    await expect.poll(() => cells.count()).toBe(22);
    await saveScreenshot(page, 'dataset-browser');
  });

  it('labels five samples with the keyboard into a new draft and undoes the last', async () => {
    await page.goto(`${session.dashboardUrl}/datasets/${datasetId}/label`);
    await page.getByTestId('key-legend').waitFor();
    let lastName = '';
    for (let i = 0; i < 5; i += 1) {
      const title = page.locator('#sample-title .id');
      await expect.poll(() => title.textContent()).not.toBe(lastName);
      lastName = (await title.textContent()) ?? '';
      const current = ((await page.getByTestId('current-label').textContent()) ?? '').toUpperCase();
      const key = EMOTIONS.findIndex((e) => !current.includes(e)) + 1; // a label the sample does not have yet
      await page.keyboard.press(String(key));
    }
    await expect.poll(() => page.getByTestId('labeler-message').textContent()).toContain('Opened a labeling draft');
    await expect.poll(() => page.getByTestId('labeler-version').textContent()).toMatch(/Labels go to draft v2/);
    await page.keyboard.press('u');
    await expect.poll(() => page.getByTestId('labeler-message').textContent()).toContain('Undid 1 label change');
    await expect.poll(() => page.locator('#sample-title .id').textContent()).toBe(lastName); // back on the undone sample
    await saveScreenshot(page, 'dataset-label');

    const all = await versions();
    const draft = all.find((v) => !v.frozen);
    const first = all.find((v) => v.number === 1);
    expect(draft && first).toBeTruthy();
    const diff = await api<{ diffDatasetVersions: { relabelled: number } }>(
      'query($a: ID!, $b: ID!) { diffDatasetVersions(fromId: $a, toId: $b) { relabelled } }',
      { a: first?.id, b: draft?.id },
    );
    expect(diff.data?.diffDatasetVersions.relabelled).toBe(4);
    const samples = await api<{ datasetVersion: { samples: { items: { id: string; originalName: string }[] } } }>(
      'query($id: ID!) { datasetVersion(id: $id) { samples(first: 1000) { items { id originalName } } } }',
      { id: draft?.id },
    );
    const undoneSample = samples.data?.datasetVersion.samples.items.find((s) => s.originalName === lastName);
    expect(undoneSample, `draft sample ${lastName}`).toBeTruthy();
    const history = await api<{ labelHistory: { undone: boolean }[] }>(
      'query($id: ID!) { labelHistory(sampleId: $id) { undone } }',
      { id: undoneSample?.id },
    );
    expect(history.data?.labelHistory.some((h) => h.undone)).toBe(true);
  });

  it('commits the draft from the dataset page', async () => {
    await page.goto(`${session.dashboardUrl}/datasets/${datasetId}`);
    await page.getByTestId('commit-draft').click();
    await expect.poll(() => page.getByTestId('draft-message').textContent()).toContain('Committed version 2');
    await expect
      .poll(async () => (await versions()).map((v) => `${v.number}:${v.frozen}`).sort())
      .toEqual(['1:true', '2:true']);
    await expect.poll(() => page.getByTestId('version-diff').textContent()).toContain('4 relabelled');
  });

  describe('when the dataset holds speech clips', () => {
    it('draws each clip as a waveform, plays it on click and filters by speaker', async () => {
      const tessName = `browser-tess-${Date.now()}`;
      const imported = await runCli(
        ['import', '--format', 'tess', '--name', tessName, await writeTessFolder({ words: 2 }), '--json'],
        platform.env,
      );
      expect(imported.code, imported.stderr).toBe(0);
      const list = await api<{ datasets: { id: string; name: string }[] }>('{ datasets { id name } }');
      const id = list.data?.datasets.find((d) => d.name === tessName)?.id;
      await page.goto(`${session.dashboardUrl}/datasets/${id}`);
      const waves = page.getByTestId('waveform');
      await expect.poll(() => waves.count()).toBe(14);
      await expect.poll(() => page.locator('[data-testid="waveform"][data-state="ready"]').count()).toBe(14);
      await waves.first().click();
      await expect.poll(() => waves.first().getAttribute('aria-label')).toMatch(/^Pause /);
      await page.getByLabel('Speaker').fill('nobody');
      await page.getByLabel('Speaker').press('Enter');
      await expect.poll(() => page.getByTestId('samples-empty').count()).toBe(1);
      await page.getByLabel('Speaker').fill('OAF');
      await page.getByLabel('Speaker').press('Enter');
      await expect.poll(() => waves.count()).toBe(14);
      await saveScreenshot(page, 'dataset-browser-audio');
    });
  });
});
