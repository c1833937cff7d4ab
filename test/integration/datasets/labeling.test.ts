import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '@emolab/core/db';
import { createApiKey } from '@emolab/core/services';
import { gql, runCli } from '../../support/clients.js';
import { writeFer2013Folder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

type Version = { id: string; number: number; frozen: boolean; sampleCount: number };
type Page = {
  items: { id: string; label: string | null; contentPath: string }[];
  nextCursor: string | null;
  totalCount: number;
};

describe('labeling in a draft version, with history, undo and commit', () => {
  let platform: TestPlatform;
  let labelerKey: string;
  let datasetId: string;
  let v1: Version;
  let draft: Version;
  const name = `label-${Date.now()}`;
  const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });
  const as = <T>(key: string, query: string, variables?: Record<string, unknown>) =>
    gql<T>(platform.apiUrl, { query, variables, key });
  const page = async (versionId: string, filter: Record<string, unknown>, first = 100, after?: string) =>
    (
      await as<{ datasetVersion: { samples: Page } }>(
        labelerKey,
        'query($id: ID!, $f: SampleFilter, $n: Int, $a: String) { datasetVersion(id: $id) { samples(filter: $f, first: $n, after: $a) { items { id label contentPath } nextCursor totalCount } } }',
        { id: versionId, f: filter, n: first, a: after },
      )
    ).data!.datasetVersion.samples;

  beforeAll(async () => {
    platform = await startTestPlatform();
    labelerKey = (await createApiKey({ name: 'labeler', role: 'LABELER' }, { db })).plainKey;
    const dir = await writeFer2013Folder({ perClassTrain: 3, perClassTest: 1 });
    const imported = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    datasetId = imported.json().datasetId as string;
    v1 = (
      await as<{ dataset: { versions: Version[] } }>(
        labelerKey,
        `{ dataset(id: "${datasetId}") { versions { id number frozen sampleCount } } }`,
      )
    ).data!.dataset.versions[0]!;
  });
  afterAll(async () => {
    await platform.stop();
    await db.$disconnect();
  });

  it('opens a draft copying the latest version, and returns the same draft when asked again', async () => {
    const started = await as<{ startLabeling: Version }>(
      labelerKey,
      'mutation($d: ID!) { startLabeling(datasetId: $d) { id number frozen sampleCount } }',
      { d: datasetId },
    );
    draft = started.data!.startLabeling;
    expect(draft).toMatchObject({ number: 2, frozen: false, sampleCount: 28 });
    const again = await as<{ startLabeling: Version }>(
      labelerKey,
      'mutation($d: ID!) { startLabeling(datasetId: $d) { id } }',
      { d: datasetId },
    );
    expect(again.data!.startLabeling.id).toBe(draft.id);
  });

  it('lists samples page by page with filters', async () => {
    const first = await page(draft.id, { label: 'HAPPY' }, 3);
    expect(first).toMatchObject({ totalCount: 4, nextCursor: expect.any(String) });
    const rest = await page(draft.id, { label: 'HAPPY' }, 3, first.nextCursor!);
    expect([...first.items, ...rest.items].map((s) => s.id).sort()).toHaveLength(4);
    expect(new Set([...first.items, ...rest.items].map((s) => s.id)).size).toBe(4);
    expect((await page(draft.id, { split: 'TEST' })).totalCount).toBe(7);
  });

  it('relabels in bulk, records who changed what, and undoes the batch', async () => {
    const happy = (await page(draft.id, { label: 'HAPPY' })).items.map((s) => s.id);
    const set = await as<{ setLabels: { batchId: string; changed: number } }>(
      labelerKey,
      'mutation($ids: [ID!]!) { setLabels(sampleIds: $ids, label: SAD) { batchId changed } }',
      { ids: happy },
    );
    expect(set.data!.setLabels.changed).toBe(4);
    expect((await page(draft.id, { label: 'SAD' })).totalCount).toBe(8);
    const history = await as<{ labelHistory: { oldLabel: string; newLabel: string; undone: boolean }[] }>(
      labelerKey,
      `{ labelHistory(sampleId: "${happy[0]}") { oldLabel newLabel undone } }`,
    );
    expect(history.data!.labelHistory).toEqual([{ oldLabel: 'HAPPY', newLabel: 'SAD', undone: false }]);
    const undone = await as<{ undoLabels: { changed: number } }>(labelerKey, 'mutation { undoLabels { changed } }');
    expect(undone.data!.undoLabels.changed).toBe(4);
    expect((await page(draft.id, { label: 'HAPPY' })).totalCount).toBe(4);
  });

  it('clears a label, which the unlabeled queue then shows', async () => {
    const [one] = (await page(draft.id, { label: 'ANGRY' }, 1)).items;
    await as(labelerKey, 'mutation($ids: [ID!]!) { setLabels(sampleIds: $ids, label: null) { changed } }', {
      ids: [one!.id],
    });
    expect((await page(draft.id, { unlabeled: true })).items.map((s) => s.id)).toEqual([one!.id]);
  });

  it("serves a sample's bytes to a key holder only", async () => {
    const [one] = (await page(draft.id, {}, 1)).items;
    const ok = await fetch(`${platform.apiUrl}${one!.contentPath}`, {
      headers: { authorization: `Bearer ${labelerKey}` },
    });
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(100);
    expect((await fetch(`${platform.apiUrl}${one!.contentPath}`)).status).toBe(401);
  });

  it('re-splits the draft stratified by label, seeded', async () => {
    const resplit = await as(
      platform.adminKey,
      'mutation($id: ID!) { resplitDatasetVersion(id: $id, strategy: STRATIFIED, seed: 7, testFraction: 0.25, validationFraction: 0.25) { id } }',
      { id: draft.id },
    );
    expect(resplit.errors).toBeUndefined();
    const counts = (
      await as<{ datasetVersion: { labelCounts: { label: string | null; split: string; count: number }[] } }>(
        labelerKey,
        `{ datasetVersion(id: "${draft.id}") { labelCounts { label split count } } }`,
      )
    ).data!.datasetVersion.labelCounts;
    // 4 happy samples: 1 test, 1 validation, 2 train
    expect(
      counts
        .filter((c) => c.label === 'HAPPY')
        .map((c) => [c.split, c.count])
        .sort(),
    ).toEqual([
      ['TEST', 1],
      ['TRAIN', 2],
      ['VALIDATION', 1],
    ]);
    const bySpeaker = await as(
      platform.adminKey,
      'mutation($id: ID!) { resplitDatasetVersion(id: $id, strategy: BY_SPEAKER) { id } }',
      { id: draft.id },
    );
    expect(bySpeaker.errors?.[0]?.message).toMatch(/fewer than two distinct speakers/);
  });

  describe('when byte-identical copies disagree', () => {
    it('lists them in the conflicted review queue', async () => {
      const [a, b] = (await page(draft.id, { label: 'FEAR' }, 2)).items;
      const content = await db.sample.findUniqueOrThrow({ where: { id: a!.id }, select: { blobHash: true } });
      await db.sample.update({ where: { id: b!.id }, data: { blobHash: content.blobHash, label: 'DISGUST' } });
      expect((await page(draft.id, { conflicted: true })).items.map((s) => s.id).sort()).toEqual([a!.id, b!.id].sort());
      await db.sample.update({ where: { id: b!.id }, data: { label: 'FEAR' } });
    });
  });

  describe('when the version is committed', () => {
    it('refuses to change its labels', async () => {
      const [one] = (await page(v1.id, {}, 1)).items;
      const result = await as(
        labelerKey,
        'mutation($ids: [ID!]!) { setLabels(sampleIds: $ids, label: FEAR) { changed } }',
        { ids: [one!.id] },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });

  it('refuses imports while a draft is open, and labelers cannot train', async () => {
    const imported = await runCli(
      [
        'import',
        '--format',
        'fer2013',
        '--name',
        name,
        await writeFer2013Folder({ perClassTrain: 1, perClassTest: 1 }),
      ],
      platform.env,
    );
    expect(imported.stderr).toMatch(/open labeling draft/);
    const train = await as(labelerKey, `mutation { startTrainingRun(input: { datasetName: "${name}" }) { id } }`);
    expect(train.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('commits the draft into an immutable version and shows what changed since the previous one', async () => {
    const committed = await as<{ commitDatasetVersion: Version }>(
      labelerKey,
      'mutation($id: ID!) { commitDatasetVersion(id: $id, note: "cleaned") { frozen number } }',
      { id: draft.id },
    );
    expect(committed.data!.commitDatasetVersion).toMatchObject({ frozen: true, number: 2 });
    const diff = await as<{ diffDatasetVersions: Record<string, number> }>(
      labelerKey,
      `{ diffDatasetVersions(fromId: "${v1.id}", toId: "${draft.id}") { added removed relabelled unchanged } }`,
    );
    expect(diff.data!.diffDatasetVersions).toMatchObject({ relabelled: 1 });
  });
});
