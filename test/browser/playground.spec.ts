import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/clients.js';
import { faceLikeJpeg, sineWav, writeFer2013Folder, writeTessFolder } from '../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { waitFor } from '../support/wait-for.js';
import { saveScreenshot, startBrowserSession, type BrowserSession } from './browser-session.js';
import { writeFakeCameraClip } from './fake-camera.js';

async function importAndTrain(
  platform: TestPlatform,
  options: { format: string; name: string; dir: string },
): Promise<string> {
  const imported = await runCli(
    ['import', '--format', options.format, '--name', options.name, options.dir, '--json'],
    platform.env,
  );
  expect(imported.code, imported.stderr).toBe(0);
  const trained = await runCli(['train', '--dataset', options.name, '--epochs', '1', '--wait', '--json'], platform.env);
  expect(trained.code, trained.stderr).toBe(0);
  return trained.json().modelVersionId as string;
}

describe('playground', () => {
  let platform: TestPlatform;
  let session: BrowserSession;
  let page: Page;
  let imageModel: string;
  let audioModel: string;
  const suffix = Date.now();

  beforeAll(async () => {
    platform = await startTestPlatform();
    imageModel = await importAndTrain(platform, {
      format: 'fer2013',
      name: `browser-play-faces-${suffix}`,
      dir: await writeFer2013Folder({ perClassTrain: 3, perClassTest: 1 }),
    });
    audioModel = await importAndTrain(platform, {
      format: 'tess',
      name: `browser-play-speech-${suffix}`,
      dir: await writeTessFolder({ words: 8 }),
    });
    session = await startBrowserSession(platform, {
      chromiumArgs: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${await writeFakeCameraClip()}`,
      ],
    });
    page = await session.signedInPage();
  });
  afterAll(async () => {
    await session?.stop();
    await platform?.stop();
  });

  it('predicts the emotion of an uploaded face image', async () => {
    await page.goto(`${session.dashboardUrl}/playground`);
    await page.getByLabel('Modality').selectOption('IMAGE');
    await page.getByLabel('File').setInputFiles({
      name: 'face.jpg',
      mimeType: 'image/jpeg',
      buffer: await faceLikeJpeg({ classIndex: 3, seed: 99 }),
    });
    await page.getByLabel('Model version').selectOption(imageModel);
    await page.getByRole('button', { name: 'Predict' }).click();
    await page.getByTestId('predicted-emotion').waitFor();
    expect(await page.getByTestId('prediction-model-version').textContent()).toBe(imageModel);
    expect(await page.locator('[data-testid="prediction"] [role="progressbar"]').count()).toBe(7);
    await saveScreenshot(page, 'playground-image');
  });

  describe('when the uploaded image shows no face', () => {
    it('says so instead of guessing', async () => {
      const empty = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#777777' } })
        .jpeg()
        .toBuffer();
      await page.goto(`${session.dashboardUrl}/playground`);
      await page.getByLabel('File').setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: empty });
      await page.getByRole('button', { name: 'Predict' }).click();
      await page.getByTestId('predict-error').waitFor();
      expect(await page.getByTestId('predict-error').textContent()).toBe('No face was found in the image.');
    });
  });

  it('predicts an uploaded speech clip and shows a timeline for a long one', async () => {
    await page.goto(`${session.dashboardUrl}/playground`);
    await page.getByLabel('Modality').selectOption('AUDIO');
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'speech.wav', mimeType: 'audio/wav', buffer: sineWav({ hz: 500, seconds: 9 }) });
    await page.getByLabel('Model version').selectOption(audioModel);
    await page.getByRole('button', { name: 'Predict' }).click();
    await page.getByTestId('predicted-emotion').waitFor();
    expect(await page.getByTestId('prediction-model-version').textContent()).toBe(audioModel);
    expect(await page.getByTestId('timeline-window').count()).toBeGreaterThan(1);
    expect(Number(await page.getByTestId('timeline-chart').getAttribute('data-points'))).toBeGreaterThan(1);
    await saveScreenshot(page, 'playground-audio');
  });

  it('records from the microphone, converts it to WAV and predicts it', async () => {
    await page.goto(`${session.dashboardUrl}/playground?mode=microphone`);
    await page.getByLabel('Model version').selectOption(audioModel);
    await page.getByTestId('start-recording').click();
    await page.getByTestId('stop-recording').waitFor();
    await page.waitForTimeout(2_500);
    await page.getByTestId('stop-recording').click();
    await page.getByTestId('predicted-emotion').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('prediction').textContent()).toMatch(/Recording \(2\.\d s\)|Recording \(3\.\d s\)/);
    await saveScreenshot(page, 'playground-microphone');
  });

  it('classifies webcam frames live and shows face boxes or the whole-frame fallback', async () => {
    await page.goto(`${session.dashboardUrl}/playground?mode=webcam`);
    await page.getByLabel('Model version').selectOption(imageModel);
    await page.getByTestId('start-camera').click();
    const results = page.getByTestId('webcam-results');
    await results.waitFor();
    const frames = async () => Number(await results.getAttribute('data-frames'));
    const first = await waitFor(frames, (n) => n >= 2, { timeoutMs: 30_000, what: 'two classified frames' });
    await waitFor(frames, (n) => n >= first + 3, { timeoutMs: 30_000, what: 'the live prediction to keep updating' });
    const state = await results.getAttribute('data-state');
    expect(['faces', 'fallback', 'no-face']).toContain(state);
    if (state === 'faces') expect(await page.getByTestId('face-box').count()).toBeGreaterThan(0);
    if (state === 'fallback') expect(await page.getByTestId('webcam-emotion').textContent()).toMatch(/\w+/);
    if (state === 'no-face') expect(await page.getByTestId('webcam-status').textContent()).toBe('No face in view');
    expect(await page.getByTestId('webcam-error').count()).toBe(0);
    await saveScreenshot(page, 'playground-webcam');
    await page.getByTestId('stop-camera').click();
  });

  describe('when no face is in front of the webcam', () => {
    it('shows "No face in view" as a state, not an error', async () => {
      const browser = await session.launchChromium([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${await writeFakeCameraClip({ face: false })}`,
      ]);
      const empty = await session.signedInPage(browser);
      await empty.goto(`${session.dashboardUrl}/playground?mode=webcam`);
      await empty.getByLabel('Model version').selectOption(imageModel);
      await empty.getByTestId('start-camera').click();
      const results = empty.getByTestId('webcam-results');
      await waitFor(
        async () => Number(await results.getAttribute('data-frames')),
        (n) => n >= 3,
        { timeoutMs: 30_000, what: 'three classified frames' },
      );
      expect(await results.getAttribute('data-state')).toBe('no-face');
      expect(await empty.getByTestId('webcam-status').textContent()).toBe('No face in view');
      expect(await empty.getByTestId('webcam-error').count()).toBe(0);
      expect(await empty.getByTestId('face-box').count()).toBe(0);
      await saveScreenshot(empty, 'playground-webcam-no-face');
    });
  });
});
