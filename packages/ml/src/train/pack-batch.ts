import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { standardizeInPlace } from '../models/standardize-in-place.js';

/** Options for {@link packBatch}. */
export interface PackBatchOptions {
  features: Float32Array[];
  labels: number[];
  /** Which samples, in order. */
  indices: ArrayLike<number>;
  featureLength: number;
  standardization?: FeatureStandardization;
}

/** Copies the chosen samples into one contiguous (optionally standardised) buffer plus their labels. */
export function packBatch(options: PackBatchOptions): { x: Float32Array; y: Int32Array } {
  const { features, labels, indices, featureLength, standardization } = options;
  const x = new Float32Array(indices.length * featureLength);
  const y = new Int32Array(indices.length);
  for (let row = 0; row < indices.length; row++) {
    const index = indices[row] as number;
    x.set(features[index] as Float32Array, row * featureLength);
    y[row] = labels[index] as number;
  }
  if (standardization) standardizeInPlace(x, standardization);
  return { x, y };
}
