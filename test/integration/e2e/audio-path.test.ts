import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initBackend } from '@emolab/ml/backend';
import { serializeClassifier, toTfjsFolder } from '@emolab/ml/models';
import { audioToFeatures, DEFAULT_AUDIO_FEATURES } from '@emolab/ml/preprocess';
import { trainClassifier } from '@emolab/ml/train';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/clients.js';
import { tempDir, writeTessFolder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

describe('the audio path: import, train, predict', () => {
  let platform: TestPlatform;
  let dir: string;
  const name = `speech-${Date.now()}`;

  beforeAll(async () => {
    platform = await startTestPlatform();
    dir = await writeTessFolder({ words: 8 });
    await writeFile(path.join(dir, 'OAF_sad', 'OAF_zzz_sad.wav'), Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ')); // truncated
  });
  afterAll(() => platform.stop());

  it('imports a TESS folder, trains one epoch and predicts 7 scores summing to 1', async () => {
    const imported = await runCli(['import', '--format', 'tess', '--name', name, dir, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json()).toMatchObject({ status: 'SUCCEEDED', totalFiles: 57, badFiles: 1, sampleCount: 56 });

    const trained = await runCli(['train', '--dataset', name, '--epochs', '1', '--wait', '--json'], platform.env);
    expect(trained.code, platform.output() + trained.stderr).toBe(0);
    const { modelVersionId } = trained.json() as { modelVersionId: string };

    const file = path.join(dir, 'OAF_happy', (await readdir(path.join(dir, 'OAF_happy')))[0] ?? '');
    const predicted = await runCli(['predict', file, '--model', modelVersionId, '--json'], platform.env);
    expect(predicted.code, predicted.stderr).toBe(0);
    const prediction = predicted.json() as {
      scores: { emotion: string; probability: number }[];
      modelVersion: { modality: string };
    };
    expect(prediction.scores).toHaveLength(7);
    expect(prediction.scores.reduce((sum, s) => sum + s.probability, 0)).toBeCloseTo(1, 5);
    expect(prediction.modelVersion.modality).toBe('AUDIO');
  });

  it('keeps predicting with a model trained under the older 13-MFCC default', async () => {
    // Models record their MFCC config; prediction must featurise with it, not with today's default.
    const older = { ...DEFAULT_AUDIO_FEATURES, mfccCoefficients: 13 };
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.wav') && !f.includes('zzz'));
    const features = await Promise.all(
      files.map(async (f) => audioToFeatures(await readFile(path.join(dir, f)), older)),
    );
    await initBackend({ prefer: 'wasm' });
    const { classifier } = await trainClassifier({
      modality: 'audio',
      train: { features, labels: files.map((_, i) => i % 7) },
      epochs: 1,
      seed: 3,
      audioFeatures: older,
    });
    const folder = toTfjsFolder(await serializeClassifier(classifier));
    classifier.dispose();
    const modelDir = path.join(await tempDir('mfcc13'), 'model');
    await mkdir(modelDir);
    for (const [file, content] of Object.entries(folder)) await writeFile(path.join(modelDir, file), content);
    const imported = await runCli(['import-model', modelDir, '--dataset', name, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);

    const predicted = await runCli(
      ['predict', path.join(dir, files[0]!), '--model', imported.json().modelVersionId as string, '--json'],
      platform.env,
    );
    expect(predicted.code, predicted.stderr).toBe(0);
    const scores = (predicted.json() as { scores: { probability: number }[] }).scores;
    expect(scores).toHaveLength(7);
    expect(scores.reduce((sum, s) => sum + s.probability, 0)).toBeCloseTo(1, 5);
  });
});
