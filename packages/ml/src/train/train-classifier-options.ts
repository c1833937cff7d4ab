import type { TestTimeAugmentation } from '../models/classifier-preprocessing.js';
import type { CreateImageModelOptions } from '../models/create-image-model.js';
import type { AudioFeatureConfig } from '../preprocess/audio/mfcc/audio-feature-config.js';
import type { Modality } from '../preprocess/modality.js';
import type { BatchSource } from './batch-source.js';
import type { EarlyStoppingOptions } from './early-stopping.js';
import type { EpochMetrics } from './epoch-metrics.js';
import type { LearningRateSchedule } from './learning-rate-schedule.js';
import type { ClassWeighting } from './resolve-class-weights.js';
import type { BatchProgress } from './run-epoch.js';
import type { AugmentBatch } from './train-step.js';

/** Feature vectors with their label indices (into EMOTION_LABELS). */
export interface LabelledFeatures {
  features: Float32Array[];
  labels: number[];
}

/** Network knobs: image models take a preset plus overrides (see createImageModel); audio models `hidden` and `dropout`. */
export type NetworkOptions = Omit<CreateImageModelOptions, 'seed' | 'numClasses'> & { hidden?: number };

/** Options for trainClassifier. Everything beyond modality, train and epochs is optional. */
export interface TrainClassifierOptions {
  modality: Modality;
  /** Arrays in memory, or a {@link BatchSource} that streams samples (e.g. page by page from a database). */
  train: LabelledFeatures | BatchSource;
  /** Scored after every epoch (inference mode); in memory or streamed. */
  validation?: LabelledFeatures | BatchSource;
  /** Total epochs of the run (a resumed run counts the checkpoint's epochs too). */
  epochs: number;
  /** Default 32. */
  batchSize?: number;
  /** Adam's (peak) learning rate, default 0.001. */
  learningRate?: number;
  /** Per-epoch schedule (default constant); each epoch's rate is reported in EpochMetrics.learningRate. */
  learningRateSchedule?: LearningRateSchedule;
  /** Seeds weight initialisers, sample order, dropout masks and augmentation; random when omitted (and recorded in checkpoints). */
  seed?: number;
  /** Config the audio features were made with; recorded in the classifier (default DEFAULT_AUDIO_FEATURES). */
  audioFeatures?: AudioFeatureConfig;
  /** Network preset and size knobs passed to createImageModel / createAudioModel. */
  network?: NetworkOptions;
  /**
   * Decoupled weight decay (AdamW) of conv and dense kernels, in [0, 1): each step shrinks them by
   * learningRate * weightDecay. Default 0 (plain Adam).
   */
  weightDecay?: number;
  /** Moves this much target mass from the true class to all classes evenly, in [0, 1) (default 0). */
  labelSmoothing?: number;
  /**
   * Weights each sample's loss by its class: 'balanced' (from label counts; a streaming source must
   * give labelCounts) or one weight per class. Combined with `sampling: 'balanced'` it corrects twice.
   */
  classWeights?: ClassWeighting;
  /**
   * How in-memory `train` arrays are drawn each epoch: 'shuffle' (default) or 'balanced' (classes
   * equally often; see createInMemorySource). A streaming source decides its own order.
   */
  sampling?: 'shuffle' | 'balanced';
  /** Stops once the validation metric stops improving; needs `validation`. */
  earlyStopping?: EarlyStoppingOptions;
  /**
   * Image models: the test-time augmentation the classifier records and predict applies by default
   * ('flip': the mean with each mirrored input; default 'none'). Validation scores without it.
   */
  testTimeAugmentation?: TestTimeAugmentation;
  /** Image models only: rewrites each training batch inside tf.tidy, seeded per batch. */
  augment?: AugmentBatch;
  /** After every training batch. */
  onBatchEnd?: (progress: BatchProgress) => void | Promise<void>;
  /** After every epoch this call completes (and validates), before its checkpoint; not for epochs restored by resumeFrom. */
  onEpochEnd?: (metrics: EpochMetrics) => void | Promise<void>;
  /**
   * After every completed epoch: a checkpoint of the whole training state (model, optimizer,
   * progress, seeds, early-stopping state, history) that `resumeFrom` continues from.
   * Training waits for the promise; a rejection ends training with that error.
   */
  onCheckpoint?: (checkpoint: Uint8Array, epoch: number) => Promise<void>;
  /**
   * A checkpoint from onCheckpoint: training continues after its epoch as if never interrupted
   * (same seed, order, dropout masks and optimizer state). modality, network, seed (when given)
   * and batchSize must match the checkpoint. Unreadable bytes throw InvalidInputError.
   */
  resumeFrom?: Uint8Array;
  /**
   * Checked before every batch and after every epoch's checkpoint; once it returns true training
   * stops and the result says `stopped`. A partly done epoch is dropped from history and has no
   * checkpoint, so the last checkpoint delivered (end of the last full epoch) is where a resumed
   * run restarts; the returned classifier keeps whatever weights it had when it stopped.
   */
  shouldStop?: () => boolean;
  /**
   * Worker threads that train (default 1: this thread). With n > 1 each worker runs its own
   * backend instance on a 1/n share of every batch, gradients are averaged before each update
   * (one step on the whole batch, as with 1 worker), and this thread only loads, augments,
   * validates and checkpoints. Batch norm and dropout then act per share. Needs the built package.
   */
  workers?: number;
}

/** What trainClassifier uses for an option left out: each default lives here and nowhere else. */
export const TRAIN_DEFAULTS = {
  batchSize: 32,
  learningRate: 1e-3,
  labelSmoothing: 0,
  weightDecay: 0,
  workers: 1,
} as const;

/** TrainClassifierOptions with every TRAIN_DEFAULTS field filled in (what the training internals read). */
export type ResolvedTrainOptions = TrainClassifierOptions & {
  batchSize: number;
  learningRate: number;
  labelSmoothing: number;
  weightDecay: number;
  workers: number;
};

/** Fills in the defaults once, at trainClassifier's entry. */
export function withTrainDefaults(options: TrainClassifierOptions): ResolvedTrainOptions {
  return {
    ...options,
    batchSize: options.batchSize ?? TRAIN_DEFAULTS.batchSize,
    learningRate: options.learningRate ?? TRAIN_DEFAULTS.learningRate,
    labelSmoothing: options.labelSmoothing ?? TRAIN_DEFAULTS.labelSmoothing,
    weightDecay: options.weightDecay ?? TRAIN_DEFAULTS.weightDecay,
    workers: options.workers ?? TRAIN_DEFAULTS.workers,
  };
}
