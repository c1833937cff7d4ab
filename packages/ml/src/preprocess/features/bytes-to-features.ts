import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from '../audio/mfcc/audio-feature-config.js';
import { audioToFeatures } from '../audio/mfcc/audio-to-features.js';
import { audioToLogMel } from '../audio/log-mel/audio-to-log-mel.js';
import { imageToFeatures } from '../image/image-to-features.js';
import type { LogMelConfig } from '../audio/log-mel/log-mel-config.js';
import type { Modality } from '../modality.js';

/** Options for {@link bytesToFeatures}. */
export interface BytesToFeaturesOptions {
  /** Audio feature config; pass the one recorded in an audio model's preprocessing. */
  audio?: AudioFeatureConfig;
  /** When set, audio becomes audioToLogMel's frames (for audio CNNs) instead of pooled MFCCs. */
  logMel?: LogMelConfig;
}

/** Dispatches to imageToFeatures, audioToFeatures or (with options.logMel) audioToLogMel. */
export async function bytesToFeatures(
  modality: Modality,
  bytes: Uint8Array,
  options: BytesToFeaturesOptions = {},
): Promise<Float32Array> {
  if (modality === 'image') return imageToFeatures(bytes);
  if (modality === 'audio' && options.logMel) return audioToLogMel(bytes, options.logMel).data;
  if (modality === 'audio') return audioToFeatures(bytes, options.audio ?? DEFAULT_AUDIO_FEATURES);
  throw new RangeError(`Unknown modality '${String(modality)}'`);
}
