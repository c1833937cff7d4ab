import type { Modality } from '../preprocess/modality.js';

/** A trained model plus everything needed to feed it and read its output. */
export interface Classifier {
  readonly modality: Modality;
  readonly labels: readonly string[];
  /** e.g. 'cnn-small-v1' or 'mfcc-mlp-v1'. */
  readonly architecture: string;
  /** How features were made; audio models also hold the train-set standardisation statistics. */
  readonly preprocessing: Record<string, unknown>;
  /** One probability row per input (softmax, sums to 1, length labels.length). Batches internally; disposes every tensor. */
  predict(features: Float32Array[]): Promise<number[][]>;
  dispose(): void;
}
