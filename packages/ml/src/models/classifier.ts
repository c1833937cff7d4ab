import type { Modality } from '../preprocess/modality.js';

/** Per-call choices for {@link Classifier.predict}. */
export interface PredictOptions {
  /**
   * Whether to apply the test-time augmentation the model version records (image models trained
   * with one: the mean over each face and its mirror image). Default true; false halves the cost.
   */
  testTimeAugmentation?: boolean;
}

/** A trained model plus everything needed to feed it and read its output. */
export interface Classifier {
  readonly modality: Modality;
  readonly labels: readonly string[];
  /** e.g. 'cnn-small-v1' or 'mfcc-mlp-v1'. */
  readonly architecture: string;
  /** How features were made; audio models also hold the train-set standardisation statistics. */
  readonly preprocessing: Record<string, unknown>;
  /** One probability row per input (softmax, sums to 1, length labels.length). Batches internally; disposes every tensor. */
  predict(features: Float32Array[], options?: PredictOptions): Promise<number[][]>;
  dispose(): void;
}
