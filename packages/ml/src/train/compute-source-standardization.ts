import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { BatchSource } from './batch-source.js';

/** Smallest std used, so constant features do not divide by zero. */
const MIN_STD = 1e-6;

/** Options for {@link computeSourceStandardization}. */
export interface ComputeSourceStandardizationOptions {
  source: BatchSource;
  featureLength: number;
  /** Passed on to the source (the statistics do not depend on order). */
  seed: number;
}

/** Per-feature mean and population std over one pass of a streaming source (Welford, in float64). */
export async function computeSourceStandardization(
  options: ComputeSourceStandardizationOptions,
): Promise<FeatureStandardization> {
  const { source, featureLength, seed } = options;
  const mean = new Float64Array(featureLength);
  const m2 = new Float64Array(featureLength);
  let count = 0;
  for await (const chunk of source.batches({ epoch: 1, seed, batchSize: 256 })) {
    for (const vector of chunk.features) {
      if (vector.length !== featureLength)
        throw new InvalidInputError(`train: sample ${count} has ${vector.length} values; expected ${featureLength}`);
      count += 1;
      for (let c = 0; c < featureLength; c++) {
        const delta = (vector[c] as number) - (mean[c] as number);
        mean[c] = (mean[c] as number) + delta / count;
        m2[c] = (m2[c] as number) + delta * ((vector[c] as number) - (mean[c] as number));
      }
    }
  }
  if (count === 0) throw new InvalidInputError('train source yielded no samples');
  return { mean: Array.from(mean), std: Array.from(m2, (s) => Math.max(MIN_STD, Math.sqrt(s / count))) };
}
