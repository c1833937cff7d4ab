import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { validateAudioFeatureConfig } from '../preprocess/audio/mfcc/validate-audio-feature-config.js';

/** Per-feature statistics subtracted and divided out before the model sees a vector. */
export type FeatureStandardization = { mean: number[]; std: number[] };

/** Preprocessing recorded with image classifiers: imageToFeatures' 48x48 grayscale in [0, 1]. */
export type ImagePreprocessing = {
  kind: 'image-grayscale';
  imageSize: number;
  channels: 1;
  range: [number, number];
  /**
   * How blurred the training images were (Gaussian sigma in pixels, estimateBlurSigma). When they
   * were clearly soft (>= SOFT_TRAINING_BLUR), each input is blurred up to that softness before
   * inference (matchTrainingBlur), so sharp photos look like what the model learnt from.
   * Absent in models trained before it was recorded.
   */
  trainingBlurSigma?: number;
  /**
   * Test-time augmentation predict applies unless a call turns it off: 'flip' averages each face's
   * probabilities with its mirror image's (2 views); 'flip-shift' also with the face and its mirror
   * shifted 3 px left, right, up and down (10 views, like ten-crop on 48 px). Absent (none) in
   * models trained before it was recorded.
   */
  testTimeAugmentation?: TestTimeAugmentation;
};

/** The test-time augmentations an image model can record. */
export const TEST_TIME_AUGMENTATIONS = ['none', 'flip', 'flip-shift'] as const;
export type TestTimeAugmentation = (typeof TEST_TIME_AUGMENTATIONS)[number];

/** The test-time augmentation an image model records ('none' when absent); anything else is a corrupt record. */
export function testTimeAugmentationOf(preprocessing: Record<string, unknown>): TestTimeAugmentation {
  const tta = preprocessing['testTimeAugmentation'];
  if (tta === undefined) return 'none';
  if (!TEST_TIME_AUGMENTATIONS.includes(tta as TestTimeAugmentation)) {
    throw new RangeError(
      `preprocessing.testTimeAugmentation must be one of ${TEST_TIME_AUGMENTATIONS.join(', ')}, got ${String(tta)}`,
    );
  }
  return tta as TestTimeAugmentation;
}

/** Sharp 48x48 face crops measure ~0.5-1.2 px; only training sets softer than this are matched at inference. */
export const SOFT_TRAINING_BLUR = 1.5;

/** The training blur an image model's inputs are matched to (0: none, the training images were sharp or it was not recorded). */
export function inputBlurOf(preprocessing: Record<string, unknown>): number {
  const sigma = preprocessing['trainingBlurSigma'];
  if (sigma === undefined) return 0;
  if (typeof sigma !== 'number' || !(sigma >= 0 && sigma <= 16))
    throw new RangeError('preprocessing.trainingBlurSigma must be a number in [0, 16]');
  return sigma >= SOFT_TRAINING_BLUR ? sigma : 0;
}

/** Preprocessing recorded with audio classifiers: audioToFeatures' config plus train-set statistics. */
export type AudioPreprocessing = {
  kind: 'audio-mfcc-stats';
  audio: AudioFeatureConfig;
  featureLength: number;
  standardization: FeatureStandardization;
};

/**
 * The MFCC config an audio model was trained with. Inputs must be featurised with it, not with
 * today's DEFAULT_AUDIO_FEATURES: models trained under an older default (13 MFCCs) keep working.
 */
export function audioFeatureConfigOf(preprocessing: Record<string, unknown>): AudioFeatureConfig {
  const audio = preprocessing['audio'];
  if (audio === undefined) return { ...DEFAULT_AUDIO_FEATURES };
  if (typeof audio !== 'object' || audio === null) throw new RangeError('preprocessing.audio must be an object');
  validateAudioFeatureConfig(audio as AudioFeatureConfig);
  return audio as AudioFeatureConfig;
}

/** Reads standardisation statistics from a preprocessing record, if it holds valid ones. */
export function standardizationOf(
  preprocessing: Record<string, unknown>,
  length: number,
): FeatureStandardization | undefined {
  const candidate = preprocessing['standardization'] as Partial<FeatureStandardization> | undefined;
  if (!candidate || !Array.isArray(candidate.mean) || !Array.isArray(candidate.std)) return undefined;
  if (candidate.mean.length !== length || candidate.std.length !== length) {
    throw new RangeError(`preprocessing.standardization must hold ${length} means and stds`);
  }
  return { mean: candidate.mean, std: candidate.std };
}
