/** Thrown for anything a user sent that cannot be decoded; `code` is 'INVALID_INPUT'. */
export { InvalidInputError } from './invalid-input-error.js';
/** The kind of input a classifier reads: 'image' or 'audio'. */
export type { Modality } from './modality.js';
/** Side length (48) of the square grayscale images image models read. */
export { IMAGE_SIZE } from './image/image-to-features.js';
/** Decodes any image sharp reads into 48*48 grayscale floats in [0, 1], row-major. */
export { imageToFeatures, type ImageToFeaturesOptions } from './image/image-to-features.js';
/** Mono samples in [-1, 1] with their sample rate. */
export type { DecodedAudio } from './audio/decode/decoded-audio.js';
/** Decodes WAV (PCM 8/16/24/32, float 32/64) or AIFF (by magic bytes) into mono samples. */
export { decodeAudio } from './audio/decode/decode-audio.js';
/** Band-limited (Kaiser-windowed sinc) resampling between any two rates. */
export { resample, type ResampleOptions } from './audio/resample/resample.js';
/** The audio feature config recorded with every audio model. */
export type { AudioFeatureConfig } from './audio/mfcc/audio-feature-config.js';
/** 16 kHz, frames of 512 samples every 160, 40 MFCCs. */
export { DEFAULT_AUDIO_FEATURES } from './audio/mfcc/audio-feature-config.js';
/** Length of audioToFeatures' vector for a config (4 * mfccCoefficients). */
export { audioFeatureLength } from './audio/mfcc/audio-feature-length.js';
/** Throws a RangeError naming the first invalid field of an AudioFeatureConfig. */
export { validateAudioFeatureConfig } from './audio/mfcc/validate-audio-feature-config.js';
/** Audio bytes to a fixed-length vector of pooled MFCC and delta statistics. */
export { audioToFeatures, samplesToFeatures } from './audio/mfcc/audio-to-features.js';
/** Separable Gaussian blur of a square grayscale image, edges repeated. */
export { gaussianBlur } from './blur/gaussian-blur.js';
/** How blurred images are (Gaussian sigma in px, from their low-frequency spectrum), and blurring one input up to a training set's softness. */
export {
  BLUR_SAMPLE_SIZE,
  estimateBlurSigma,
  matchTrainingBlur,
  recordedBlurSigma,
  type EstimateBlurOptions,
} from './blur/estimate-blur.js';
/** Dispatches to imageToFeatures or audioToFeatures. */
export { bytesToFeatures, type BytesToFeaturesOptions } from './features/bytes-to-features.js';
/** Cache key naming the features bytesToFeatures computes for a modality and config. */
export { featureCacheKey } from './features/feature-cache-key.js';
/** bytesToFeatures and its cache key bound to one modality and config. */
export { featureExtractorFor, type FeatureExtractor } from './features/feature-extractor.js';
/** Samples' features from a cache given as callbacks, computing (and caching, when it takes entries) what it lacks. */
export {
  featuresForSamples,
  type CachedFeatures,
  type FeatureCache,
  type FeaturesForSamplesOptions,
  type SampleFeatures,
} from './features/features-for-samples.js';
/** Options for decodeAudio: maxSeconds (default 600) rejects over-long clips before their samples are allocated. */
export type { DecodeAudioOptions } from './audio/decode/decode-audio.js';
/** Sample-rate bounds (1 kHz to 384 kHz) and the default maximum duration (600 s) decodeAudio enforces. */
export { DEFAULT_MAX_SECONDS, MAX_SAMPLE_RATE, MIN_SAMPLE_RATE } from './audio/decode/audio-limits.js';
/** Cuts leading and trailing frames quieter than a threshold relative to the loudest frame. */
export { trimSilence, type TrimSilenceOptions } from './audio/trim-silence.js';
/** Scales a signal to a target RMS; silence is returned unchanged (never NaN). */
export { normalizeRms } from './audio/normalize-rms.js';
/** Level of a clip's loudest frame in dBFS (-Infinity for digital silence). */
export { loudestFrameDbfs, type LoudestFrameOptions } from './audio/loudest-frame-dbfs.js';
/** The log-mel config recorded with every audio CNN (rate, window, hop, mel bins, frames, trim, level, silence). */
export type { LogMelConfig } from './audio/log-mel/log-mel-config.js';
/** 16 kHz, 25 ms windows every 10 ms, 512-point FFT, 64 mel bins (20 Hz-7.2 kHz), 200 frames. */
export { DEFAULT_LOG_MEL_CONFIG } from './audio/log-mel/log-mel-config.js';
/** Throws a RangeError naming the first invalid field of a LogMelConfig. */
export { validateLogMelConfig } from './audio/log-mel/validate-log-mel-config.js';
/** Frames of per-band values, row-major (data[frame * melBins + bin]). */
export type { Spectrogram } from './audio/log-mel/spectrogram.js';
/** Log-mel spectrogram of samples: centred Hann windows, own real FFT, HTK mel filters, log with a floor. */
export { logMelSpectrogram, type LogMelSpectrogramOptions } from './audio/log-mel/log-mel-spectrogram.js';
/** Builds a reusable log-mel function with its window, FFT tables and filters computed once. */
export { createLogMelExtractor, type LogMelExtractor } from './audio/log-mel/log-mel-spectrogram.js';
/** Resampled samples to model-ready frames: trim, RMS-normalise, log-mel, centre crop/pad; flags silent clips. */
export { samplesToLogMel, type LogMelClip, type SamplesToLogMelOptions } from './audio/log-mel/samples-to-log-mel.js';
/** Audio bytes to an audio CNN's input (config.frames x config.melBins log-mel); silent clips throw InvalidInputError. */
export { audioToLogMel } from './audio/log-mel/audio-to-log-mel.js';
/** Crops or pads frames to a fixed count: 'center' for inference, seeded 'random' for training, or 'start'. */
export { fixLength, type FixLengthOptions } from './audio/log-mel/fix-length.js';
/** Seeded SpecAugment-style time and frequency masking for training. */
export { specAugment, type SpecAugmentOptions } from './audio/log-mel/spec-augment.js';
/** Splits a long recording into overlapping windows with start and end seconds (views, not copies). */
export { audioWindows, type AudioWindow, type AudioWindowsOptions } from './audio/audio-windows.js';
/** A long recording's bytes to one model input per overlapping window, with times and silence flags. */
export {
  audioToLogMelWindows,
  type AudioToLogMelWindowsOptions,
  type LogMelWindow,
  type LogMelWindows,
} from './audio/log-mel/audio-to-log-mel-windows.js';
/** audioToLogMelWindows for a recording already decoded, so it is decoded once. */
export { logMelWindows } from './audio/log-mel/audio-to-log-mel-windows.js';
/** Averages per-window probabilities into a whole-recording result, keeping each window's prediction and times. */
export {
  combineWindowPredictions,
  type CombineWindowPredictionsOptions,
  type CombinedPrediction,
  type WindowPrediction,
} from './audio/combine-window-predictions.js';
/** Decodes JPEG, PNG, WebP, GIF (first frame), TIFF or AVIF to upright 8-bit RGB or gray pixels; refuses anything else. */
export { decodeImage, type DecodeImageOptions, type DecodedImage } from './image/decode-image.js';
/** Byte and pixel limits (decompression-bomb guard) applied before any image is decoded. */
export type { ImageLimits } from './image/open-image.js';
/** The image formats decodeImage accepts: jpeg, png, webp, gif, tiff, avif. */
export { SUPPORTED_IMAGE_FORMATS, type ImageFormat } from './image/image-format.js';
/** Names an image format from its magic bytes (including ones we refuse, e.g. HEIC, BMP, SVG). */
export { sniffImageFormat } from './image/sniff-image-format.js';
