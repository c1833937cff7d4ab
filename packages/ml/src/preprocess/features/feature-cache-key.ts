import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from '../audio/mfcc/audio-feature-config.js';
import type { LogMelConfig } from '../audio/log-mel/log-mel-config.js';
import type { Modality } from '../modality.js';

// Bump when a code change alters the features computed from the same bytes and config.
const PREPROCESSING_REVISION = 1;

/** Names what bytesToFeatures computes for a modality and config, so cached features are reused only when identical. */
export function featureCacheKey(
  modality: Modality,
  options: { audio?: AudioFeatureConfig; logMel?: LogMelConfig } = {},
): string {
  if (modality === 'image') return `image:gray48:r${PREPROCESSING_REVISION}`;
  if (options.logMel) return `audio:log-mel:${JSON.stringify(options.logMel)}:r${PREPROCESSING_REVISION}`;
  return `audio:mfcc-stats:${JSON.stringify(options.audio ?? DEFAULT_AUDIO_FEATURES)}:r${PREPROCESSING_REVISION}`;
}
