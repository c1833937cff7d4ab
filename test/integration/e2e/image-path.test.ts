import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, runCli } from '../../support/clients.js';
import { writeFer2013Folder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

describe('the image path: import, train, predict, eval', () => {
  let platform: TestPlatform;
  let dir: string;
  const name = `faces-${Date.now()}`;
  let modelVersionId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    dir = await writeFer2013Folder({
      perClassTrain: 5,
      perClassTest: 2,
      extra: { 'train/happy/broken.jpg': 'this is not a jpeg' },
    });
  });
  afterAll(() => platform.stop());

  it('imports a FER2013 folder through the CLI, reporting the corrupt file and keeping the rest', async () => {
    const result = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = result.json();
    expect(summary).toMatchObject({
      status: 'SUCCEEDED',
      totalFiles: 50,
      badFiles: 1,
      sampleCount: 49,
      versionNumber: 1,
    });
    expect(summary.problems).toEqual([
      { path: 'train/happy/broken.jpg', reason: expect.stringMatching(/decode|image/i) },
    ]);
  });

  it('lists the dataset with its label counts per split', async () => {
    const result = await gql<{
      datasets: {
        name: string;
        modality: string;
        sampleCount: number;
        labelCounts: { label: string; split: string; count: number }[];
      }[];
    }>(platform.apiUrl, {
      query: '{ datasets { name modality sampleCount labelCounts { label split count } } }',
      key: platform.adminKey,
    });
    const dataset = result.data?.datasets.find((d) => d.name === name);
    expect(dataset).toMatchObject({ modality: 'IMAGE', sampleCount: 49 });
    expect(dataset?.labelCounts).toContainEqual({ label: 'HAPPY', split: 'TRAIN', count: 5 });
    expect(dataset?.labelCounts).toContainEqual({ label: 'ANGRY', split: 'TEST', count: 2 });
  });

  it('trains a model for one epoch and waits for it', async () => {
    const result = await runCli(
      ['train', '--dataset', name, '--epochs', '1', '--batch-size', '16', '--wait', '--json'],
      platform.env,
    );
    expect(result.code, platform.output() + result.stderr).toBe(0);
    const summary = result.json();
    expect(summary).toMatchObject({ status: 'SUCCEEDED', modelVersionId: expect.any(String) });
    modelVersionId = summary.modelVersionId as string;
    const run = await gql<{
      trainingRun: { epochs: { epoch: number; loss: number }[]; modelVersion: { accuracy: number } };
    }>(platform.apiUrl, {
      query: 'query($id: ID!) { trainingRun(id: $id) { epochs { epoch loss } modelVersion { accuracy } } }',
      variables: { id: summary.runId },
      key: platform.adminKey,
    });
    expect(run.data?.trainingRun.epochs).toEqual([{ epoch: 1, loss: expect.any(Number) }]);
    expect(run.data?.trainingRun.modelVersion.accuracy).toBeGreaterThanOrEqual(0);
  });

  it('predicts all 7 emotions with probabilities that sum to 1', async () => {
    const file = path.join(dir, 'test/happy', (await readdir(path.join(dir, 'test/happy')))[0] ?? '');
    const result = await runCli(['predict', file, '--model', modelVersionId, '--json'], platform.env);
    expect(result.code, result.stderr).toBe(0);
    const prediction = result.json() as {
      emotion: string;
      confidence: number;
      scores: { emotion: string; probability: number }[];
      modelVersion: { id: string };
    };
    expect(prediction.scores.map((s) => s.emotion).sort()).toEqual([
      'ANGRY',
      'DISGUST',
      'FEAR',
      'HAPPY',
      'NEUTRAL',
      'SAD',
      'SURPRISE',
    ]);
    expect(prediction.scores.reduce((sum, s) => sum + s.probability, 0)).toBeCloseTo(1, 5);
    expect(prediction.confidence).toBe(Math.max(...prediction.scores.map((s) => s.probability)));
    expect(prediction.modelVersion.id).toBe(modelVersionId);
  });

  it('serves the production image model when no version is named', async () => {
    const result = await gql<{ predict: { modelVersion: { id: string; aliases: string[] } } }>(platform.apiUrl, {
      query:
        'mutation($f: String!) { predict(input: { modality: IMAGE, fileBase64: $f }) { modelVersion { id aliases } } }',
      variables: {
        f: (await import('node:fs'))
          .readFileSync(path.join(dir, 'test/sad', (await readdir(path.join(dir, 'test/sad')))[0] ?? ''))
          .toString('base64'),
      },
      key: platform.adminKey,
    });
    expect(result.data?.predict.modelVersion.aliases).toContain('production');
  });

  it('evaluates the model on a local folder and prints the metrics as JSON', async () => {
    const result = await runCli(
      ['eval', '--format', 'fer2013', path.join(dir), '--model', modelVersionId, '--json'],
      platform.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const metrics = result.json() as {
      n: number;
      skipped: number;
      accuracy: number;
      macroF1: number;
      confusionMatrix: number[][];
      perClass: Record<string, { f1: number }>;
    };
    expect(metrics.n).toBe(49);
    expect(metrics.skipped).toBe(1);
    expect(metrics.confusionMatrix.flat().reduce((a, b) => a + b, 0)).toBe(49);
    expect(Object.keys(metrics.perClass)).toHaveLength(7);
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0);
  });

  describe('when the payload is not an image', () => {
    it('answers BAD_USER_INPUT', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation($f: String!) { predict(input: { modality: IMAGE, fileBase64: $f }) { emotion } }',
        variables: { f: Buffer.from('definitely not an image').toString('base64') },
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
