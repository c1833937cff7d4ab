import { DEFAULT_AUDIO_FEATURES, type AudioFeatureConfig } from './audio-feature-config.js';
import { decodeAudio } from '../decode/decode-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { mfccFrames } from './mfcc-frames.js';
import { normalizeRms } from '../normalize-rms.js';
import { poolFrameStatistics } from './pool-frame-statistics.js';
import { resample } from '../resample/resample.js';
import { trimSilence } from '../trim-silence.js';
import { validateAudioFeatureConfig } from './validate-audio-feature-config.js';

/**
 * decode -> mono -> resample to config.sampleRate -> trim leading/trailing silence -> RMS
 * normalise -> MFCC per frame (meyda) + deltas -> per-coefficient mean and std over frames.
 * Returns audioFeatureLength(config) floats. Clips shorter than one frame throw InvalidInputError.
 */
export function audioToFeatures(bytes: Uint8Array, config: AudioFeatureConfig = DEFAULT_AUDIO_FEATURES): Float32Array {
  validateAudioFeatureConfig(config);
  const decoded = decodeAudio(bytes);
  return samplesToFeatures(resample(decoded.samples, { from: decoded.sampleRate, to: config.sampleRate }), config);
}

/** audioToFeatures for samples already at config.sampleRate (e.g. one window of a long recording). */
export function samplesToFeatures(
  samples: Float32Array,
  config: AudioFeatureConfig = DEFAULT_AUDIO_FEATURES,
): Float32Array {
  if (samples.length < config.frameSize) {
    const ms = Math.ceil((config.frameSize / config.sampleRate) * 1000);
    throw new InvalidInputError(
      `Audio clip is too short: it needs at least ${config.frameSize} samples at ${config.sampleRate} Hz (${ms} ms)`,
    );
  }
  const voiced = normalizeRms(trimSilence(samples, config));
  return poolFrameStatistics(mfccFrames(voiced, config));
}
