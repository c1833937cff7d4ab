import * as tf from '@tensorflow/tfjs';
import { captureArtifacts } from '../models/capture-artifacts.js';
import { packContainer } from '../models/classifier-container.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import type { ClassifierHeader } from '../models/load-classifier.js';
import { readAdamState, type AdamScalars } from './adam-state.js';
import type { EarlyStoppingState } from './early-stopping.js';
import type { EpochMetrics } from './epoch-metrics.js';
import type { LearningRateSchedule } from './learning-rate-schedule.js';

/** Marks a container as a training checkpoint (loadClassifier rejects it). */
export const CHECKPOINT_KIND = 'emolab-training-checkpoint';
/** Bumped when the checkpoint header changes incompatibly. */
export const CHECKPOINT_VERSION = 1;

/** Where a run stands after an epoch; everything besides tensors that resuming needs. */
export interface TrainingProgressState {
  /** Epochs completed. */
  epoch: number;
  seed: number;
  batchSize: number;
  history: EpochMetrics[];
  earlyStopping: EarlyStoppingState;
  /** True once early stopping ended the run; resuming then only finishes it. */
  finished: boolean;
  /** Recorded for reference; a resumed run may change them. */
  settings: {
    epochs: number;
    learningRate: number;
    learningRateSchedule?: LearningRateSchedule;
    labelSmoothing: number;
    classWeights?: number[];
    weightDecay?: number;
  };
}

/** The header stored in front of a checkpoint's tensors. */
export interface CheckpointHeader {
  kind: typeof CHECKPOINT_KIND;
  checkpointVersion: number;
  classifier: ClassifierHeader;
  optimizer: AdamScalars & { kind: 'adam'; momentCount: number };
  /** Optimizer moments ('moment/i'), then best weights ('best/i') if kept. */
  stateSpecs: tf.io.WeightsManifestEntry[];
  progress: TrainingProgressState;
}

/** Options for {@link writeTrainingCheckpoint}. */
export interface WriteTrainingCheckpointOptions {
  classifier: LayersClassifier;
  optimizer: tf.AdamOptimizer;
  /** Weights of the best epoch so far, in model.getWeights() order. */
  bestWeights?: tf.Tensor[];
  progress: TrainingProgressState;
}

/**
 * One checksummed binary holding the model (topology and exact weights), Adam's moments, step
 * count and accumulators, the best weights for early stopping, and the run's progress.
 */
export async function writeTrainingCheckpoint(options: WriteTrainingCheckpointOptions): Promise<Uint8Array> {
  const { classifier, optimizer, bestWeights = [], progress } = options;
  const artifacts = await captureArtifacts(classifier.model);
  const modelBytes = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const adam = await readAdamState(optimizer);
  const named = [
    ...adam.moments.map((tensor, i) => ({ name: `moment/${i}`, tensor })),
    ...bestWeights.map((tensor, i) => ({ name: `best/${i}`, tensor })),
  ];
  const state = await tf.io.encodeWeights(named);
  const stateBytes = new Uint8Array(state.data);
  const weights = new Uint8Array(modelBytes.length + stateBytes.length);
  weights.set(modelBytes, 0);
  weights.set(stateBytes, modelBytes.length);
  const header: CheckpointHeader = {
    kind: CHECKPOINT_KIND,
    checkpointVersion: CHECKPOINT_VERSION,
    classifier: {
      modality: classifier.modality,
      labels: [...classifier.labels],
      architecture: classifier.architecture,
      preprocessing: classifier.preprocessing,
      modelTopology: artifacts.modelTopology as object,
      weightSpecs: artifacts.weightSpecs as tf.io.WeightsManifestEntry[],
      weightsByteLength: modelBytes.length,
    },
    optimizer: { kind: 'adam', ...adam.scalars, momentCount: adam.moments.length },
    stateSpecs: state.specs,
    progress,
  };
  // The same container as serialized classifiers (magic, version, SHA-256); `kind` tells them apart.
  return packContainer(header as unknown as Record<string, unknown>, weights);
}
