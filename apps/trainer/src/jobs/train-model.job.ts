import { UnrecoverableError, type Job } from 'bullmq';
import { EMOTIONS, resolveHyperparameters, type ResolvedHyperparameters, type TrainingRun } from '@emolab/core/domain';
import { trainingJobPayloadSchema } from '@emolab/core/queue';
import {
  createModelVersion,
  findLatestCheckpoint,
  findTrainingRun,
  markTrainingRunCanceled,
  markTrainingRunFinished,
  markTrainingRunStarted,
  recordTrainingEpoch,
  saveTrainingCheckpoint,
} from '@emolab/core/services';
import { defaultTrainingWorkers } from '@emolab/ml/backend';
import { serializeClassifier } from '@emolab/ml/models';
import { InvalidInputError } from '@emolab/ml/preprocess';
import { trainClassifier, type EpochMetrics, type TrainClassifierOptions } from '@emolab/ml/train';
import type { TrainerDeps } from '../deps.js';
import { databaseBatchSource } from './database-batch-source.js';
import { describeEnvironment } from './describe-environment.js';
import { evaluateOnTest } from './evaluate-on-test.js';
import { recipeTrainingOptions } from './recipe-training-options.js';
import { indexSamples, type SampleIndex } from './sample-index.js';
import { watchCancel } from './watch-cancel.js';

const failFastOnBadInput = (error: unknown): never => {
  throw error instanceof InvalidInputError ? new UnrecoverableError(error.message) : error;
};

/**
 * Image CNNs: one process when the oneDNN kernels thread themselves, else data-parallel wasm workers
 * (EMOLAB_TRAINER_WORKERS overrides); the audio MLP is too small to gain from either.
 */
const imageWorkers = (image: boolean, deps: TrainerDeps) =>
  image ? (deps.config.EMOLAB_TRAINER_WORKERS ?? defaultTrainingWorkers()) : 1;

/** trainClassifier options from a run's resolved hyperparameters and its samples. */
function trainingOptions(hp: ResolvedHyperparameters, index: SampleIndex, deps: TrainerDeps): TrainClassifierOptions {
  const image = index.modality === 'image';
  const hasValidation = index.validation.length > 0;
  return {
    modality: index.modality,
    ...recipeTrainingOptions(hp, index.modality),
    train: databaseBatchSource(index.train, { preprocessingKey: index.preprocessingKey, shuffle: true }, deps),
    validation: hasValidation
      ? databaseBatchSource(index.validation, { preprocessingKey: index.preprocessingKey, shuffle: false }, deps)
      : undefined,
    earlyStopping:
      hasValidation && hp.earlyStoppingPatience > 0
        ? { patience: hp.earlyStoppingPatience, restoreBestWeights: true }
        : undefined,
    workers: imageWorkers(image, deps),
  };
}

const toEpoch = (m: EpochMetrics) => ({
  epoch: m.epoch,
  loss: m.loss,
  accuracy: m.accuracy,
  valLoss: m.valLoss ?? null,
  valAccuracy: m.valAccuracy ?? null,
  learningRate: m.learningRate,
  imagesPerSecond: m.samplesPerSecond,
});

async function checkRunnable(run: TrainingRun | null, id: string, deps: TrainerDeps): Promise<TrainingRun | null> {
  if (!run) throw new UnrecoverableError(`Run ${id} no longer exists`);
  if (run.status === 'SUCCEEDED' || run.status === 'CANCELED') return null; // idempotent re-delivery
  if (run.cancelRequested) {
    await markTrainingRunCanceled({ id: run.id }, deps);
    return null;
  }
  return run;
}

/**
 * Trains a run's model from its dataset version (streamed from the feature cache), checkpointing
 * every epoch, resuming from the last checkpoint after a crash or retry, honouring cancel requests,
 * then evaluates on the test split and saves the model version.
 */
export const createTrainModelJob = (deps: TrainerDeps) => async (job: Job) => {
  const parsed = trainingJobPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Bad payload: ${parsed.error.message}`);
  const run = await checkRunnable(
    await findTrainingRun({ id: parsed.data.trainingRunId }, deps),
    parsed.data.trainingRunId,
    deps,
  );
  if (!run) return { trainingRunId: parsed.data.trainingRunId, skipped: true };

  await markTrainingRunStarted(
    {
      id: run.id,
      environment: describeEnvironment({
        backend: deps.backend,
        workers: imageWorkers(run.modality === 'IMAGE', deps),
      }),
    },
    deps,
  );
  const hp = resolveHyperparameters(run.hyperparameters, run.modality);
  const index = await indexSamples(
    { datasetVersionId: run.datasetVersionId, modality: run.modality, seed: hp.seed },
    deps,
  );
  if (index.train.length === 0)
    throw new UnrecoverableError('The dataset version has no labeled training samples that decode');
  const evaluation = index.test.length > 0 ? index.test : index.validation;
  if (evaluation.length === 0) throw new UnrecoverableError('The dataset version has no test samples to evaluate on');
  const checkpoint = await findLatestCheckpoint({ runId: run.id }, deps);
  if (checkpoint) console.log(`[trainer] run ${run.id}: resuming from the checkpoint after epoch ${checkpoint.epoch}`);
  const cancel = watchCancel(run.id, deps);
  const { epochs } = hp;
  try {
    const { classifier, stopped } = await trainClassifier({
      ...trainingOptions(hp, index, deps),
      resumeFrom: checkpoint?.data,
      shouldStop: () => cancel.requested,
      onEpochEnd: (m) => recordTrainingEpoch({ runId: run.id, epoch: toEpoch(m), progress: m.epoch / epochs }, deps),
      onCheckpoint: (data, epoch) => saveTrainingCheckpoint({ runId: run.id, epoch, data }, deps),
      onBatchEnd: (b) => job.updateProgress({ epoch: b.epoch, batch: b.batch, batches: b.batches, loss: b.loss }),
    }).catch(failFastOnBadInput);
    try {
      if (stopped) {
        await markTrainingRunCanceled({ id: run.id }, deps);
        return { trainingRunId: run.id, canceled: true };
      }
      const { metrics, confusionMatrix, testPredictions } = await evaluateOnTest(
        { classifier, samples: evaluation, preprocessingKey: index.preprocessingKey },
        deps,
      );
      await createModelVersion(
        {
          trainingRunId: run.id,
          modality: run.modality,
          datasetVersionId: run.datasetVersionId,
          architecture: classifier.architecture,
          preprocessing: classifier.preprocessing,
          labels: [...EMOTIONS],
          weights: await serializeClassifier(classifier),
          metrics,
          confusionMatrix,
          testPredictions,
        },
        deps,
      );
    } finally {
      classifier.dispose();
    }
  } finally {
    cancel.stop();
  }
  await markTrainingRunFinished({ id: run.id }, deps);
  return { trainingRunId: run.id, skipped: false };
};
