import { UnrecoverableError, type Job } from 'bullmq';
import { EMOTIONS } from '@emolab/core/domain';
import { trainingJobPayloadSchema } from '@emolab/core/queue';
import {
  createModelVersion, findTrainingRun, markTrainingRunFinished, markTrainingRunStarted, recordTrainingEpoch,
} from '@emolab/core/services';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';
import { serializeClassifier } from '@emolab/ml/models';
import { InvalidInputError } from '@emolab/ml/preprocess';
import { trainClassifier } from '@emolab/ml/train';
import type { TrainerDeps } from '../deps.js';
import { describeEnvironment } from './describe-environment.js';
import { loadTrainingFeatures } from './load-training-features.js';

const failFastOnBadInput = (error: unknown): never => {
  throw error instanceof InvalidInputError ? new UnrecoverableError(error.message) : error;
};

/** Trains a run's model on its dataset version, evaluates it on the test split and saves the model version. */
export const createTrainModelJob = (deps: TrainerDeps) => async (job: Job) => {
  const parsed = trainingJobPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Bad payload: ${parsed.error.message}`);
  const run = await findTrainingRun({ id: parsed.data.trainingRunId }, deps);
  if (!run) throw new UnrecoverableError(`Run ${parsed.data.trainingRunId} no longer exists`);
  if (run.status === 'SUCCEEDED' || run.status === 'CANCELED') return { trainingRunId: run.id, skipped: true };

  await markTrainingRunStarted({ id: run.id, environment: describeEnvironment({ backend: deps.backend, workers: 1 }) }, deps);
  const { epochs, batchSize, learningRate, seed } = run.hyperparameters;
  const data = await loadTrainingFeatures({ datasetVersionId: run.datasetVersionId, modality: run.modality, seed }, deps);
  if (data.train.features.length === 0) throw new UnrecoverableError('The dataset version has no labeled training samples');
  const evaluation = data.test.features.length > 0 ? data.test : data.validation;
  if (evaluation.features.length === 0) throw new UnrecoverableError('The dataset version has no test samples to evaluate on');

  const { classifier } = await trainClassifier({
    modality: run.modality === 'IMAGE' ? 'image' : 'audio',
    train: data.train,
    validation: data.validation.features.length > 0 ? data.validation : undefined,
    epochs, batchSize, learningRate, seed,
    onEpochEnd: async (m) => {
      const epoch = { epoch: m.epoch, loss: m.loss, accuracy: m.accuracy, valLoss: m.valLoss ?? null, valAccuracy: m.valAccuracy ?? null, learningRate: m.learningRate, imagesPerSecond: m.samplesPerSecond };
      await recordTrainingEpoch({ runId: run.id, epoch, progress: m.epoch / epochs }, deps);
      await job.updateProgress({ epoch: m.epoch, epochs, loss: m.loss, accuracy: m.accuracy, valAccuracy: m.valAccuracy ?? null });
    },
  }).catch(failFastOnBadInput);

  try {
    const probabilities = await classifier.predict(evaluation.features);
    const metrics = classificationMetrics({ yTrue: evaluation.labels, yPred: probabilities.map(argmax), numClasses: EMOTIONS.length });
    await createModelVersion({
      trainingRunId: run.id,
      modality: run.modality,
      datasetVersionId: run.datasetVersionId,
      architecture: classifier.architecture,
      preprocessing: classifier.preprocessing,
      labels: [...EMOTIONS],
      weights: await serializeClassifier(classifier),
      metrics: {
        accuracy: metrics.accuracy,
        macroF1: metrics.macroF1,
        perClass: metrics.perClass.map((c, i) => ({ emotion: EMOTIONS[i] ?? 'NEUTRAL', ...c })),
        testSamples: evaluation.features.length,
      },
      confusionMatrix: metrics.confusionMatrix,
    }, deps);
  } finally {
    classifier.dispose();
  }
  await markTrainingRunFinished({ id: run.id }, deps);
  return { trainingRunId: run.id, skipped: false };
};
