import * as tf from '@tensorflow/tfjs';
import type { Classifier } from '../models/classifier.js';
import { setAdamLearningRate } from './adam-state.js';
import { updateEarlyStopping } from './early-stopping.js';
import type { EpochMetrics } from './epoch-metrics.js';
import { evaluateDataset } from './evaluate-dataset.js';
import { isStepwise, learningRateAt } from './learning-rate-schedule.js';
import { prepareTraining, type PreparedTraining } from './prepare-training.js';
import { reseedDropout, runEpoch } from './run-epoch.js';
import { deriveSeed } from './seeded-random.js';
import {
  withTrainDefaults,
  type ResolvedTrainOptions,
  type TrainClassifierOptions,
} from './train-classifier-options.js';
import { writeTrainingCheckpoint } from './training-checkpoint.js';
import { runParallelEpoch } from './parallel/run-parallel-epoch.js';
import { startParallelTraining, syncFromWorkers } from './parallel/parallel-training.js';
import type { WorkerPool } from './parallel/worker-pool.js';
import { validateTrainOptions } from './validate-train-options.js';

/** What trainClassifier returns. */
export interface TrainClassifierResult {
  classifier: Classifier;
  /** Every completed epoch, including those before a resumed checkpoint. */
  history: EpochMetrics[];
  /** True when shouldStop ended training early. */
  stopped: boolean;
  /** True when early stopping ended training. */
  earlyStopped: boolean;
  /** With earlyStopping: the epoch with the best validation metric (whose weights the classifier holds when restoreBestWeights is on). */
  bestEpoch?: number;
  /** The seed used (drawn at random when none was given). */
  seed: number;
}

/** Trains one epoch and validates it; undefined when shouldStop cut it short. */
async function trainEpoch(
  run: PreparedTraining,
  options: ResolvedTrainOptions,
  epoch: number,
  pool?: WorkerPool,
): Promise<EpochMetrics | undefined> {
  const { classifier, progress, inputShape, standardization } = run;
  const numClasses = classifier.labels.length;
  const baseRate = options.learningRate;
  const batches = Math.max(1, Math.ceil(run.trainSource.size / progress.batchSize));
  const rateAt = (batch: number) =>
    learningRateAt({ schedule: options.learningRateSchedule, baseRate, epoch, epochs: options.epochs, batch, batches });
  // Step-wise schedules are reported (and, with workers, applied for the whole epoch) at the epoch's middle batch.
  const learningRate = rateAt(Math.ceil(batches / 2));
  setAdamLearningRate(run.optimizer, learningRate);
  const stepRate = isStepwise(options.learningRateSchedule) && !pool ? rateAt : undefined;
  const epochOptions = {
    ...run,
    model: classifier.model,
    source: run.trainSource,
    epoch,
    seed: progress.seed,
    batchSize: progress.batchSize,
    numClasses,
    labelSmoothing: options.labelSmoothing,
    augment: options.augment,
    shouldStop: options.shouldStop,
    onBatchEnd: options.onBatchEnd,
    learningRateAt: stepRate,
  };
  const result = pool ? await runParallelEpoch({ ...epochOptions, pool, learningRate }) : await runEpoch(epochOptions);
  // The main thread's model validates, checkpoints and is returned, so it takes the replicas' weights.
  if (pool) await syncFromWorkers(run, pool, options.onCheckpoint !== undefined || result.stopped);
  if (result.stopped) return undefined;
  const metrics: EpochMetrics = {
    epoch,
    loss: result.loss,
    accuracy: result.accuracy,
    learningRate,
    samplesPerSecond: result.samplesPerSecond,
  };
  if (run.validationSource) {
    const seed = deriveSeed(progress.seed, epoch, 2);
    const scores = await evaluateDataset({
      model: classifier.model,
      source: run.validationSource,
      epoch,
      seed,
      inputShape,
      numClasses,
      standardization,
    });
    metrics.valLoss = scores.loss;
    metrics.valAccuracy = scores.accuracy;
  }
  return metrics;
}

/** Folds the epoch into the early-stopping state, keeping a copy of the best weights when asked to. */
function trackBest(run: PreparedTraining, options: TrainClassifierOptions, metrics: EpochMetrics): void {
  const { earlyStopping } = options;
  if (!earlyStopping) return;
  const value = (earlyStopping.monitor === 'valAccuracy' ? metrics.valAccuracy : metrics.valLoss) ?? Number.NaN;
  const update = updateEarlyStopping({
    state: run.progress.earlyStopping,
    options: earlyStopping,
    value,
    epoch: metrics.epoch,
  });
  run.progress.earlyStopping = update.state;
  if (update.stop) run.progress.finished = true;
  if (update.improved && (earlyStopping.restoreBestWeights ?? true)) {
    tf.dispose(run.bestWeights);
    run.bestWeights = run.classifier.model.getWeights().map((weight) => tf.clone(weight));
  }
}

function restoreBest(run: PreparedTraining, options: TrainClassifierOptions): void {
  const wanted = options.earlyStopping && (options.earlyStopping.restoreBestWeights ?? true);
  if (wanted && run.bestWeights.length > 0) run.classifier.model.setWeights(run.bestWeights);
}

async function checkpoint(run: PreparedTraining): Promise<Uint8Array> {
  reseedDropout(run.classifier.model, undefined); // keeps per-batch seeds out of the saved topology
  return writeTrainingCheckpoint({
    classifier: run.classifier,
    optimizer: run.optimizer,
    bestWeights: run.bestWeights,
    progress: run.progress,
  });
}

/**
 * Trains a classifier on the current backend (call initBackend first) with Adam and categorical
 * cross-entropy, seeded and reproducible, from arrays or a streaming source, and returns it with
 * per-epoch history. Supports learning-rate schedules, label smoothing, class weights or balanced
 * sampling, augmentation, early stopping, per-batch progress, and per-epoch checkpoints that
 * `resumeFrom` continues bit for bit. Audio features are standardised with train-set statistics,
 * which the classifier records and applies when predicting. When training ends normally or by
 * early stopping with restoreBestWeights, the classifier holds the best epoch's weights. With
 * `workers` > 1, batches are split across worker threads that average gradients every step.
 */
export async function trainClassifier(input: TrainClassifierOptions): Promise<TrainClassifierResult> {
  const options = withTrainDefaults(input);
  const featureLength = validateTrainOptions(options);
  const run = await prepareTraining(options, featureLength);
  const { classifier, progress } = run;
  let stopped = false;
  let pool: WorkerPool | undefined;
  try {
    if (options.workers > 1) {
      pool = await startParallelTraining({
        run,
        workers: options.workers,
        learningRate: options.learningRate,
        labelSmoothing: options.labelSmoothing,
      });
    }
    for (let epoch = progress.epoch + 1; epoch <= options.epochs && !progress.finished; epoch++) {
      const metrics = await trainEpoch(run, options, epoch, pool);
      if (!metrics) {
        stopped = true;
        break;
      }
      trackBest(run, options, metrics);
      progress.history.push(metrics);
      progress.epoch = epoch;
      await options.onEpochEnd?.(metrics);
      if (options.onCheckpoint) await options.onCheckpoint(await checkpoint(run), epoch);
      if (options.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
    if (!stopped) restoreBest(run, options);
  } catch (error) {
    classifier.dispose();
    throw error;
  } finally {
    await pool?.close();
    reseedDropout(classifier.model, undefined);
    run.optimizer.dispose();
    tf.dispose(run.bestWeights);
  }
  const bestEpoch = options.earlyStopping ? (progress.earlyStopping.bestEpoch ?? undefined) : undefined;
  return {
    classifier,
    history: [...progress.history],
    stopped,
    earlyStopped: progress.finished,
    bestEpoch,
    seed: progress.seed,
  };
}
