import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '@emolab/core/db';
import { gql, runCli } from '../../support/clients.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { faceLikeJpeg, tempDir, writeFer2013Folder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

/** Two-sided exact binomial McNemar p-value, computed by hand. */
function exactMcNemar(b: number, c: number): number {
  const n = b + c;
  let tail = 0;
  let choose = 1;
  for (let k = 0; k <= Math.min(b, c); k += 1) {
    if (k > 0) choose = (choose * (n - k + 1)) / k;
    tail += choose / 2 ** n;
  }
  return Math.min(1, 2 * tail);
}

describe('model registry: compare, aliases, history', () => {
  let platform: TestPlatform;
  const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });
  const ids: string[] = [];
  const datasetName = `registry-${Date.now()}`;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const name = datasetName;
    const dir = await writeFer2013Folder({ perClassTrain: 6, perClassTest: 4 });
    expect((await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env)).code).toBe(0);
    for (const seed of [1, 2]) {
      const trained = await runCli(
        [
          'train',
          '--dataset',
          name,
          '--epochs',
          String(seed * 2),
          '--seed',
          String(seed),
          '--batch-size',
          '16',
          '--wait',
          '--json',
        ],
        platform.env,
      );
      expect(trained.code, trained.stderr).toBe(0);
      ids.push(trained.json().modelVersionId as string);
    }
  });
  afterAll(async () => {
    await platform.stop();
    await db.$disconnect();
  });

  it('compares two models with deltas and a McNemar p-value that match a hand computation', async () => {
    const result = await runCli(['compare', ids[0]!, ids[1]!, '--json'], platform.env);
    expect(result.code, result.stderr).toBe(0);
    const comparison = result.json() as {
      pairs: {
        accuracyDelta: number;
        sameTestSet: boolean;
        onlyACorrect: number;
        onlyBCorrect: number;
        mcnemarPValue: number;
      }[];
      hyperparameterDiffs: { name: string; values: unknown[] }[];
    };
    const [a, b] = await Promise.all(
      ids.map((id) =>
        db.modelVersion.findUniqueOrThrow({ where: { id }, select: { accuracy: true, testPredictions: true } }),
      ),
    );
    const pa = a!.testPredictions as [string, number, number][];
    const pb = new Map((b!.testPredictions as [string, number, number][]).map(([id, t, p]) => [id, t === p]));
    const onlyA = pa.filter(([id, t, p]) => t === p && !pb.get(id)).length;
    const onlyB = pa.filter(([id, t, p]) => t !== p && pb.get(id)).length;
    const pair = comparison.pairs[0]!;
    expect(pair.sameTestSet).toBe(true);
    expect(pair.accuracyDelta).toBeCloseTo(b!.accuracy! - a!.accuracy!, 12);
    expect([pair.onlyACorrect, pair.onlyBCorrect]).toEqual([onlyA, onlyB]);
    expect(pair.mcnemarPValue).toBeCloseTo(exactMcNemar(onlyA, onlyB), 10);
    expect(comparison.hyperparameterDiffs.map((d) => d.name).sort()).toEqual(['epochs', 'seed']);
  });

  it('refuses to compare one model or five', async () => {
    const result = await gql(platform.apiUrl, {
      query: 'query($ids: [ID!]!) { compareModelVersions(ids: $ids) { pairs { a } } }',
      variables: { ids: [ids[0]] },
      key: platform.adminKey,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('moves an alias, keeps its history, and rolls it back', async () => {
    expect((await runCli(['alias', 'set', 'staging', ids[0]!, '--json'], platform.env)).json()).toMatchObject({
      alias: 'staging',
      modelVersionId: ids[0],
    });
    expect((await runCli(['alias', 'set', 'staging', ids[1]!, '--json'], platform.env)).json()).toMatchObject({
      modelVersionId: ids[1],
    });
    const rolledBack = await runCli(['alias', 'rollback', 'staging', '--modality', 'image', '--json'], platform.env);
    expect(rolledBack.json()).toMatchObject({ modelVersionId: ids[0] });
    const history = await gql<{ aliasHistory: { modelVersionId: string }[] }>(platform.apiUrl, {
      query: '{ aliasHistory(name: "staging", modality: IMAGE) { modelVersionId } }',
      key: platform.adminKey,
    });
    expect(history.data?.aliasHistory.map((h) => h.modelVersionId)).toEqual([ids[0], ids[1], ids[0]]);
  });

  it('serves predict from the alias a team promotes to production', async () => {
    await runCli(['alias', 'set', 'production', ids[1]!], platform.env);
    const models = await gql<{ modelVersion: { aliases: string[] } }>(platform.apiUrl, {
      query: `{ modelVersion(id: "${ids[1]}") { aliases } }`,
      key: platform.adminKey,
    });
    expect(models.data?.modelVersion.aliases).toContain('production');
  });

  it('exports a model as a TensorFlow.js folder and imports it back with identical predictions', async () => {
    const dir = path.join(await tempDir('export'), 'model');
    const exported = await runCli(['export', ids[0]!, dir, '--json'], platform.env);
    expect(exported.code, exported.stderr).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
    const modelJson = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as {
      format: string;
      weightsManifest: unknown[];
    };
    expect(modelJson).toMatchObject({
      format: 'layers-model',
      weightsManifest: [expect.objectContaining({ paths: ['group1-shard1of1.bin'] })],
    });
    const imported = await runCli(['import-model', dir, '--dataset', datasetName, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    const importedId = imported.json().modelVersionId as string;
    const image = (await faceLikeJpeg({ classIndex: 4, seed: 11 })).toString('base64');
    const [a, b] = await Promise.all(
      [ids[0], importedId].map((id) =>
        gql<{ predict: { scores: { probability: number }[] } }>(platform.apiUrl, {
          query:
            'mutation($f: String!, $id: ID) { predict(input: { modality: IMAGE, fileBase64: $f, modelVersionId: $id }) { scores { probability } } }',
          variables: { f: image, id },
          key: platform.adminKey,
        }),
      ),
    );
    expect(b.data?.predict.scores).toEqual(a.data?.predict.scores);
  });

  describe('when an imported folder is not an Emolab model', () => {
    it('answers BAD_USER_INPUT', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation($f: [ModelFileInput!]!) { importModelVersion(datasetName: "x", files: $f) { id } }',
        variables: { f: [{ name: 'model.json', base64: Buffer.from('{"modelTopology":{}}').toString('base64') }] },
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('queues for review the samples a model confidently reads as another emotion', async () => {
    const version = (
      await gql<{ datasets: { name: string; latestVersion: { id: string } }[] }>(platform.apiUrl, {
        query: '{ datasets { name latestVersion { id } } }',
        key: platform.adminKey,
      })
    ).data!.datasets.find((d) => d.name === datasetName)!.latestVersion.id;
    const query =
      'query($v: ID!, $m: ID, $c: Float) { modelDisagreements(datasetVersionId: $v, modelVersionId: $m, minConfidence: $c, first: 500) { sampleId label predicted confidence } }';
    type Row = { sampleId: string; label: string; predicted: string; confidence: number };
    const disagreements = async (minConfidence: number) =>
      (
        await gql<{ modelDisagreements: Row[] }>(platform.apiUrl, {
          query,
          variables: { v: version, m: ids[0], c: minConfidence },
          key: platform.adminKey,
        })
      ).data!.modelDisagreements;
    const all = await disagreements(0);
    const predictions = (await db.modelVersion.findUniqueOrThrow({ where: { id: ids[0] }, select: { accuracy: true } }))
      .accuracy!;
    expect(all.length).toBeGreaterThan(0);
    expect(predictions).toBeLessThan(1);
    for (const row of all) expect(row.predicted).not.toBe(row.label);
    expect(all.map((r) => r.confidence)).toEqual([...all.map((r) => r.confidence)].sort((a, b) => b - a));
    const none = await disagreements(1.01);
    expect(none).toEqual([]);
  });

  it('lists runs from the CLI as JSON', async () => {
    const result = await runCli(['runs', '--json'], platform.env);
    const runs = (result.json() as { trainingRuns: { status: string }[] }).trainingRuns;
    expect(runs.filter((r) => r.status === 'SUCCEEDED').length).toBeGreaterThanOrEqual(2);
  });
});
