/** Trains an image or audio classifier (seeded, Adam, cross-entropy; streaming, schedules, early stopping, checkpoints) and returns it with per-epoch history. */
export { trainClassifier, type TrainClassifierResult } from './train-classifier.js';
/** Options for trainClassifier: data, epochs, batch size, learning rate and schedule, seed, regularisation, callbacks, checkpoints. */
export type { LabelledFeatures, NetworkOptions, TrainClassifierOptions } from './train-classifier-options.js';
/** Loss, accuracy, validation metrics, learning rate and throughput of one epoch. */
export type { EpochMetrics } from './epoch-metrics.js';
/** Progress reported to onBatchEnd after every training batch. */
export type { BatchProgress } from './run-epoch.js';
/** A streaming source of labelled samples (e.g. database pages), what trainClassifier requests from it, and one chunk of samples. */
export type { BatchRequest, BatchSource, SampleBatch } from './batch-source.js';
/** Adapts in-memory arrays to a BatchSource with sequential, shuffled or class-balanced order. */
export { createInMemorySource, type InMemorySampling, type InMemorySourceOptions } from './create-in-memory-source.js';
/** Constant, step or cosine-with-warm-up learning-rate schedules. */
export type { LearningRateSchedule } from './learning-rate-schedule.js';
/** The learning rate a schedule gives an epoch. */
export { learningRateAt, type LearningRateAtOptions } from './learning-rate-schedule.js';
/** Patience, minimum delta, monitored metric and best-weight restoring for early stopping. */
export type { EarlyStoppingOptions } from './early-stopping.js';
/** 'balanced' or explicit per-class loss weights. */
export type { ClassWeighting } from './resolve-class-weights.js';
/** Per-class loss weights for a ClassWeighting and label counts (scikit-learn's 'balanced' formula). */
export { resolveClassWeights, type ResolveClassWeightsOptions } from './resolve-class-weights.js';
/** The per-batch augmentation hook's signature: (batch, seed) => batch of the same shape. */
export type { AugmentBatch } from './train-step.js';
/** Reads a checkpoint's progress (epoch, seed, history, early-stopping state) without loading tensors; bad bytes throw InvalidInputError. */
export { inspectTrainingCheckpoint, type TrainingCheckpointInfo } from './inspect-training-checkpoint.js';
/** Adam whose update runs as one wasm kernel per variable (same state and results as tfjs' AdamOptimizer). */
export { FusedAdamOptimizer } from './fused-adam.js';
