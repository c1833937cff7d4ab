import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from './audio-feature-config.js';
import { audioToFeatures } from './audio-to-features.js';
import { imageToFeatures } from './image-to-features.js';
import type { Modality } from './modality.js';

/** Options for {@link bytesToFeatures}. */
export interface BytesToFeaturesOptions {
  /** Audio feature config; pass the one recorded in an audio model's preprocessing. */
  audio?: AudioFeatureConfig;
}

/** Dispatches to imageToFeatures or audioToFeatures. */
export async function bytesToFeatures(
  modality: Modality,
  bytes: Uint8Array,
  options: BytesToFeaturesOptions = {},
): Promise<Float32Array> {
  if (modality === 'image') return imageToFeatures(bytes);
  if (modality === 'audio') return audioToFeatures(bytes, options.audio ?? DEFAULT_AUDIO_FEATURES);
  throw new RangeError(`Unknown modality '${String(modality)}'`);
}
