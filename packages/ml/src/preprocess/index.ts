/** Thrown for anything a user sent that cannot be decoded; `code` is 'INVALID_INPUT'. */
export { InvalidInputError } from './invalid-input-error.js';
/** The kind of input a classifier reads: 'image' or 'audio'. */
export type { Modality } from './modality.js';
/** Side length (48) of the square grayscale images image models read. */
export { IMAGE_SIZE } from './image-to-features.js';
/** Decodes any image sharp reads into 48*48 grayscale floats in [0, 1], row-major. */
export { imageToFeatures, type ImageToFeaturesOptions } from './image-to-features.js';
/** Mono samples in [-1, 1] with their sample rate. */
export type { DecodedAudio } from './decoded-audio.js';
/** Decodes WAV (PCM 8/16/24/32, float 32/64) or AIFF (by magic bytes) into mono samples. */
export { decodeAudio } from './decode-audio.js';
/** Band-limited (Kaiser-windowed sinc) resampling between any two rates. */
export { resample, type ResampleOptions } from './resample.js';
/** The audio feature config recorded with every audio model. */
export type { AudioFeatureConfig } from './audio-feature-config.js';
/** 16 kHz, frames of 512 samples every 160, 13 MFCCs. */
export { DEFAULT_AUDIO_FEATURES } from './audio-feature-config.js';
/** Length of audioToFeatures' vector for a config (4 * mfccCoefficients). */
export { audioFeatureLength } from './audio-feature-length.js';
/** Throws a RangeError naming the first invalid field of an AudioFeatureConfig. */
export { validateAudioFeatureConfig } from './validate-audio-feature-config.js';
/** Audio bytes to a fixed-length vector of pooled MFCC and delta statistics. */
export { audioToFeatures } from './audio-to-features.js';
/** Dispatches to imageToFeatures or audioToFeatures. */
export { bytesToFeatures, type BytesToFeaturesOptions } from './bytes-to-features.js';
/** Cache key naming the features bytesToFeatures computes for a modality and config. */
export { featureCacheKey } from './feature-cache-key.js';
