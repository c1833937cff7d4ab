import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from './audio-feature-config.js';

/** Length of the vector audioToFeatures returns: mean and std of each MFCC and of its delta. */
export function audioFeatureLength(config: AudioFeatureConfig = DEFAULT_AUDIO_FEATURES): number {
  return config.mfccCoefficients * 4;
}
