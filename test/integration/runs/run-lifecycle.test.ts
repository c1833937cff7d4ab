import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '@emolab/core/db';
import { RECIPES } from '@emolab/core/domain';
import { gql, runCli } from '../../support/clients.js';
import { writePlatformFile } from '@emolab/core/infra';
import { createQueues } from '@emolab/core/queue';
import { hasHardwareBf16, loadNativeKernels } from '@emolab/ml/backend';
import { tempDir, writeFer2013Folder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';
import { waitFor } from '../../support/wait-for.js';

type Run = {
  id: string;
  status: string;
  attempts: number;
  cancelRequested: boolean;
  error: string | null;
  environment: Record<string, unknown> | null;
  recipe: string;
  hyperparameters: Record<string, unknown>;
  epochs: {
    epoch: number;
    loss: number;
    accuracy: number;
    valLoss: number | null;
    valAccuracy: number | null;
    imagesPerSecond: number | null;
  }[];
  modelVersion: {
    id: string;
    accuracy: number;
    balancedAccuracy: number;
    expectedCalibrationError: number;
    reliability: unknown[];
    trainingBlurSigma: number | null;
    testBlurSigma: number | null;
    inputBlurSigma: number | null;
    testTimeAugmentation: string | null;
    accuracyWithoutTestTimeAugmentation: number | null;
  } | null;
};
const RUN =
  'id recipe hyperparameters status attempts cancelRequested error environment epochs { epoch loss accuracy valLoss valAccuracy imagesPerSecond } modelVersion { id accuracy balancedAccuracy expectedCalibrationError reliability { count } trainingBlurSigma testBlurSigma inputBlurSigma testTimeAugmentation accuracyWithoutTestTimeAugmentation }';

describe('training runs against real PostgreSQL, Redis and trainer processes', () => {
  let platform: TestPlatform;
  const dataset = `runs-${Date.now()}`;
  const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });
  const getRun = async (id: string) =>
    (
      await gql<{ trainingRun: Run }>(platform.apiUrl, {
        query: `query($id: ID!) { trainingRun(id: $id) { ${RUN} } }`,
        variables: { id },
        key: platform.adminKey,
      })
    ).data!.trainingRun;
  const start = async (input: Record<string, unknown>) => {
    const result = await gql<{ startTrainingRun: Run }>(platform.apiUrl, {
      query: `mutation($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { ${RUN} } }`,
      variables: { input: { datasetName: dataset, batchSize: 16, ...input } },
      key: platform.adminKey,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.startTrainingRun;
  };
  const mutate = async (name: 'cancelTrainingRun' | 'retryTrainingRun', id: string) =>
    gql<Record<string, Run>>(platform.apiUrl, {
      query: `mutation($id: ID!) { ${name}(id: $id) { ${RUN} } }`,
      variables: { id },
      key: platform.adminKey,
    });

  beforeAll(async () => {
    platform = await startTestPlatform({ env: { EMOLAB_JOB_LOCK_MS: '3000' } });
    const dir = await writeFer2013Folder({ perClassTrain: 6, perClassVal: 1, perClassTest: 2 });
    expect((await runCli(['import', '--format', 'fer2013', '--name', dataset, dir, '--json'], platform.env)).code).toBe(
      0,
    );
  });
  afterAll(async () => {
    await platform.stop();
    await db.$disconnect();
  });

  it('goes QUEUED, RUNNING, SUCCEEDED, storing every epoch, the environment and a fully evaluated model', async () => {
    const queued = await start({ epochs: 3, recipe: 'fer-fast' });
    expect(queued.status).toBe('QUEUED');
    // The network is fixed in the run when it is made (a later recipe version cannot change it).
    expect(queued.recipe).toBe(`fer-fast@${RECIPES['fer-fast']!.version}`);
    expect(queued.hyperparameters).toMatchObject({
      epochs: 3,
      batchSize: 16,
      network: RECIPES['fer-fast']!.networks!.small,
      augmentations: ['flip', 'rotation', 'shift'],
      learningRateSchedule: 'one-cycle',
    });
    const seen = new Set<string>();
    const run = await waitFor(
      () => getRun(queued.id),
      (r) => (seen.add(r.status), r.status === 'SUCCEEDED' || r.status === 'FAILED'),
      { what: 'the run to finish' },
    );
    expect(run.error).toBeNull();
    expect(seen.has('RUNNING') || seen.has('QUEUED')).toBe(true);
    expect(run.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    for (const e of run.epochs)
      expect(e).toMatchObject({
        loss: expect.any(Number),
        valLoss: expect.any(Number),
        imagesPerSecond: expect.any(Number),
      });
    // The trainer runs oneDNN kernels over wasm where the addon built (same environment as this test),
    // in bf16 by default where the CPU multiplies it in hardware.
    const { native } = loadNativeKernels();
    const bf16 =
      native !== null &&
      (process.env.EMOLAB_NATIVE_BF16 === '1' ||
        ((process.env.EMOLAB_NATIVE_BF16 ?? 'auto') === 'auto' && hasHardwareBf16(native)));
    expect(run.environment).toMatchObject({
      backend: native ? (bf16 ? 'wasm+onednn-bf16' : 'wasm+onednn') : 'wasm',
      cpuCount: expect.any(Number),
      gitCommit: expect.anything(),
      packages: expect.objectContaining({ '@tensorflow/tfjs': '4.22.0' }),
    });
    expect(run.modelVersion).toMatchObject({
      accuracy: expect.any(Number),
      balancedAccuracy: expect.any(Number),
      expectedCalibrationError: expect.any(Number),
    });
    expect(run.modelVersion?.reliability.length).toBeGreaterThan(0);
    // Scored as predict serves it, with the recipe's test-time augmentation, and without it.
    expect(run.modelVersion).toMatchObject({
      testTimeAugmentation: 'flip',
      accuracyWithoutTestTimeAugmentation: expect.any(Number),
    });
  });

  it('records no training blur, even for blurred training images (blur matching is retired)', async () => {
    const blurred = `${dataset}-blurred`;
    const dir = await writeFer2013Folder({ perClassTrain: 6, perClassTest: 2, trainBlurSigma: 3 });
    expect((await runCli(['import', '--format', 'fer2013', '--name', blurred, dir, '--json'], platform.env)).code).toBe(
      0,
    );
    const queued = await start({ datasetName: blurred, epochs: 1, recipe: 'fer-best', modelSize: 'small' });
    expect(queued.hyperparameters).toMatchObject({ modelSize: 'small', network: 'vgg48-bn' });
    const run = await waitFor(
      () => getRun(queued.id),
      (r) => r.status === 'SUCCEEDED' || r.status === 'FAILED',
      { what: 'the run to finish' },
    );
    expect(run.error).toBeNull();
    expect(run.modelVersion).toMatchObject({
      trainingBlurSigma: null,
      testBlurSigma: null,
      inputBlurSigma: null,
      testTimeAugmentation: 'flip-shift',
    });
  });

  it('streams the run as server-sent events until it finishes', async () => {
    const queued = await start({ epochs: 2 });
    const response = await fetch(`${platform.apiUrl}/runs/${queued.id}/events`, {
      headers: { authorization: `Bearer ${platform.adminKey}` },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text(); // the stream ends when the run does
    const events = text
      .split('\n\n')
      .filter((e) => e.startsWith('event: run'))
      .map((e) => JSON.parse(e.split('data: ')[1]!) as { status: string; epochs: unknown[] });
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', epochs: [expect.anything(), expect.anything()] });
  });

  it('cancels a running run at the next batch, keeps its checkpoint, and resumes it on retry', async () => {
    const queued = await start({ epochs: 60, earlyStoppingPatience: 0 });
    await waitFor(
      () => getRun(queued.id),
      (r) => r.epochs.length >= 2,
      { what: 'two epochs' },
    );
    expect((await mutate('cancelTrainingRun', queued.id)).errors).toBeUndefined();
    const canceled = await waitFor(
      () => getRun(queued.id),
      (r) => r.status === 'CANCELED',
      { what: 'CANCELED' },
    );
    expect(canceled.cancelRequested).toBe(true);
    const checkpoints = await db.trainingCheckpoint.findMany({ where: { runId: queued.id }, select: { epoch: true } });
    expect(checkpoints.length).toBeGreaterThan(0);
    const lastCheckpoint = Math.max(...checkpoints.map((c) => c.epoch));

    const retried = await mutate('retryTrainingRun', queued.id);
    expect(['QUEUED', 'RUNNING']).toContain(retried.data?.retryTrainingRun.status); // a free trainer may take it at once
    await waitFor(
      () => getRun(queued.id),
      (r) => r.status === 'RUNNING' && r.epochs.length > lastCheckpoint,
      { what: 'the retried run to go on' },
    );
    expect(platform.output()).toContain(`run ${queued.id}: resuming from the checkpoint after epoch`);
    await mutate('cancelTrainingRun', queued.id);
    await waitFor(
      () => getRun(queued.id),
      (r) => r.status === 'CANCELED',
      { what: 'CANCELED again' },
    );
  });

  it('answers CONFLICT when canceling a finished run', async () => {
    const done = await db.trainingRun.findFirstOrThrow({ where: { status: 'SUCCEEDED' } });
    expect((await mutate('cancelTrainingRun', done.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  describe('when a trainer is killed with SIGKILL mid-run', () => {
    it('resumes on another trainer from the last checkpoint with no lost or duplicated epochs', async () => {
      const isolated = await startTestPlatform({ trainer: false, env: { EMOLAB_JOB_LOCK_MS: '2000' } });
      try {
        const first = isolated.startTrainer();
        const dir = await writeFer2013Folder({ perClassTrain: 10, perClassTest: 2 });
        const name = `${dataset}-kill`;
        expect(
          (await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], isolated.env)).code,
        ).toBe(0);
        const queued = await gql<{ startTrainingRun: { id: string } }>(isolated.apiUrl, {
          query: 'mutation($i: StartTrainingRunInput!) { startTrainingRun(input: $i) { id } }',
          variables: { i: { datasetName: name, epochs: 10, batchSize: 8, earlyStoppingPatience: 0 } },
          key: isolated.adminKey,
        });
        const id = queued.data!.startTrainingRun.id;
        const readEpochs = () => db.trainingEpoch.findMany({ where: { runId: id }, orderBy: { epoch: 'asc' } });
        await waitFor(readEpochs, (e) => e.length >= 3, { what: 'three epochs on the first trainer' });
        first.kill('SIGKILL');
        const beforeKill = await readEpochs();
        isolated.startTrainer();
        const run = await waitFor(
          () => db.trainingRun.findUniqueOrThrow({ where: { id } }),
          (r) => r.status === 'SUCCEEDED',
          { what: 'the run to finish on the second trainer' },
        );
        expect(run.attempts).toBe(2);
        const epochs = await readEpochs();
        expect(epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        // Epochs finished before the kill were not trained again: their rows are untouched.
        const resumedAfter = Number(/resuming from the checkpoint after epoch (\d+)/.exec(isolated.output())?.[1]);
        expect(resumedAfter).toBeGreaterThanOrEqual(beforeKill.length - 1);
        for (const e of beforeKill.filter((b) => b.epoch <= resumedAfter))
          expect(epochs[e.epoch - 1]?.loss).toBe(e.loss);
      } finally {
        await isolated.stop();
      }
    });
  });

  describe('when a trainer starts with no service URLs next to a running platform', () => {
    it('joins that platform through its platform file (what `npm run trainer` does)', async () => {
      const isolated = await startTestPlatform({ trainer: false });
      try {
        const dataDir = await tempDir('platform');
        await writePlatformFile(dataDir, {
          databaseUrl: inject('databaseUrl'),
          redisUrl: inject('redisUrl'),
          queuePrefix: isolated.env.EMOLAB_QUEUE_PREFIX!,
        });
        isolated.startTrainer({
          DATABASE_URL: '',
          REDIS_URL: '',
          EMOLAB_QUEUE_PREFIX: 'not-this-one',
          EMOLAB_DATA_DIR: dataDir,
        });
        const dir = await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 });
        const imported = await runCli(
          ['import', '--format', 'fer2013', '--name', `${dataset}-join`, dir, '--json'],
          isolated.env,
        );
        expect(imported.code, isolated.output()).toBe(0);
      } finally {
        await isolated.stop();
      }
    });
  });

  it('lets two trainers drain one queue', async () => {
    platform.startTrainer();
    // Both trainers must be listening on the training queue before the runs go in.
    const queues = createQueues({ redisUrl: inject('redisUrl'), prefix: platform.env.EMOLAB_QUEUE_PREFIX! });
    try {
      await waitFor(
        async () => (await queues.training.getWorkers()).length,
        (n) => n >= 2,
        { what: 'two training workers' },
      );
    } finally {
      await queues.close();
    }
    const runs = await Promise.all([1, 2, 3, 4].map((seed) => start({ epochs: 2, seed })));
    const done = await Promise.all(
      runs.map((r) =>
        waitFor(
          () => getRun(r.id),
          (x) => x.status === 'SUCCEEDED',
          { what: `run ${r.id}` },
        ),
      ),
    );
    const pids = new Set(done.map((r) => (r.environment as { pid: number }).pid));
    expect(pids.size, platform.output()).toBe(2);
  });

  describe('when the dataset version has no labeled samples', () => {
    it('fails the run with a clear reason', async () => {
      const ds = await db.dataset.create({
        data: {
          name: `${dataset}-empty`,
          modality: 'IMAGE',
          versions: { create: { number: 1, sampleCount: 0, frozenAt: new Date() } },
        },
      });
      const run = await start({ epochs: 1, datasetName: ds.name });
      const failed = await waitFor(
        () => getRun(run.id),
        (r) => r.status === 'FAILED',
        { what: 'FAILED' },
      );
      expect(failed.error).toMatch(/no labeled training samples/);
    });
  });
});
