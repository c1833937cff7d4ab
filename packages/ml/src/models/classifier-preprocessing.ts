import type { AudioFeatureConfig } from '../preprocess/audio-feature-config.js';

/** Per-feature statistics subtracted and divided out before the model sees a vector. */
export type FeatureStandardization = { mean: number[]; std: number[] };

/** Preprocessing recorded with image classifiers: imageToFeatures' 48x48 grayscale in [0, 1]. */
export type ImagePreprocessing = {
  kind: 'image-grayscale';
  imageSize: number;
  channels: 1;
  range: [number, number];
};

/** Preprocessing recorded with audio classifiers: audioToFeatures' config plus train-set statistics. */
export type AudioPreprocessing = {
  kind: 'audio-mfcc-stats';
  audio: AudioFeatureConfig;
  featureLength: number;
  standardization: FeatureStandardization;
};

/** Reads standardisation statistics from a preprocessing record, if it holds valid ones. */
export function standardizationOf(preprocessing: Record<string, unknown>, length: number): FeatureStandardization | undefined {
  const candidate = preprocessing['standardization'] as Partial<FeatureStandardization> | undefined;
  if (!candidate || !Array.isArray(candidate.mean) || !Array.isArray(candidate.std)) return undefined;
  if (candidate.mean.length !== length || candidate.std.length !== length) {
    throw new RangeError(`preprocessing.standardization must hold ${length} means and stds`);
  }
  return { mean: candidate.mean, std: candidate.std };
}
