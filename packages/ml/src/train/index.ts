/** Trains an image or audio classifier (seeded, Adam, cross-entropy) and returns it with per-epoch history. */
export { trainClassifier, type TrainClassifierResult } from './train-classifier.js';
/** Options for trainClassifier: data, epochs, batch size, learning rate, seed, callbacks. */
export type { LabelledFeatures, TrainClassifierOptions } from './train-classifier-options.js';
/** Loss, accuracy, validation metrics, learning rate and throughput of one epoch. */
export type { EpochMetrics } from './epoch-metrics.js';
