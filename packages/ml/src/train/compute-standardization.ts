import type { FeatureStandardization } from '../models/classifier-preprocessing.js';

/** Smallest std used, so constant features do not divide by zero. */
const MIN_STD = 1e-6;

/** Per-feature mean and (population) std over a set of equally long vectors. */
export function computeStandardization(features: Float32Array[]): FeatureStandardization {
  const length = features[0]?.length ?? 0;
  const mean = new Float64Array(length);
  const squares = new Float64Array(length);
  for (const vector of features) {
    for (let c = 0; c < length; c++) mean[c] = (mean[c] as number) + (vector[c] as number);
  }
  for (let c = 0; c < length; c++) mean[c] = (mean[c] as number) / features.length;
  for (const vector of features) {
    for (let c = 0; c < length; c++) squares[c] = (squares[c] as number) + ((vector[c] as number) - (mean[c] as number)) ** 2;
  }
  return {
    mean: Array.from(mean),
    std: Array.from(squares, (s) => Math.max(MIN_STD, Math.sqrt(s / features.length))),
  };
}
