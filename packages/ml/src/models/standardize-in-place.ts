import type { FeatureStandardization } from './classifier-preprocessing.js';

/** Applies (x - mean) / std per feature to a buffer of consecutive vectors, in place. */
export function standardizeInPlace(values: Float32Array, stats: FeatureStandardization): void {
  const { mean, std } = stats;
  const length = mean.length;
  for (let i = 0; i < values.length; i++) {
    const c = i % length;
    values[i] = ((values[i] as number) - (mean[c] as number)) / (std[c] as number);
  }
}
