import type { PredictOptions } from '../models/classifier.js';
import type { FaceBox } from '../faces/face-types.js';
import type { FeatureExtractor } from '../preprocess/features/feature-extractor.js';
import type { Modality } from '../preprocess/modality.js';
import type { DecodedInput } from './decode-input.js';

/**
 * What a predictor reads: an upload's bytes, the same bytes already decoded (decodeInput), or one
 * ready model input (a feature vector, e.g. from the feature cache).
 */
export type PredictorInput = Uint8Array | DecodedInput | Float32Array;

/** One face of an image and what the model reads in it. */
export interface FacePrediction {
  /** Where the face is, in the pixels of the upright image. */
  box: FaceBox;
  /** Detector confidence; 1 when the image was read whole as one face. */
  detectionScore: number;
  probabilities: number[];
}

/** One window of a long recording and what the model reads in it. */
export interface WindowPrediction {
  startSeconds: number;
  endSeconds: number;
  probabilities: number[];
}

/** A prediction in the model's own terms: probabilities in `labels` order. */
export interface PredictorResult {
  /**
   * For the whole input: the largest face's, the mean over a recording's windows, or the one row
   * of a feature vector. Null for an image without a face (report that, never a guess).
   */
  probabilities: number[] | null;
  /** Index of the most probable label (-1 when probabilities is null). */
  top: number;
  /** Every face, largest first (images from bytes only). */
  faces: FacePrediction[];
  /** Each window, when a recording was long enough to be cut into more than one. */
  windows: WindowPrediction[];
  /** Size of the upright image (images from bytes only). */
  image?: { width: number; height: number };
}

/** A loaded model that owns its preprocessing: the `load(config)` / `predict(input)` pair. */
export interface Predictor {
  readonly modality: Modality;
  readonly labels: readonly string[];
  readonly architecture: string;
  /** The features a dataset sample gives this model, and the cache key naming them. */
  readonly features: FeatureExtractor;
  /** One sample's model input from its bytes (a whole image or clip, as datasets hold them). */
  featuresFromBytes(bytes: Uint8Array): Promise<Float32Array>;
  /** One input's prediction; the model's own test-time augmentation applies unless options turn it off. */
  predict(input: PredictorInput, options?: PredictOptions): Promise<PredictorResult>;
  /** Many inputs' predictions in order, their model inputs sent through the model together. */
  predictMany(inputs: readonly PredictorInput[], options?: PredictOptions): Promise<PredictorResult[]>;
  /** Frees the model; later calls throw. */
  dispose(): void;
}
