import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { samplesToFeatures } from '../preprocess/audio/mfcc/audio-to-features.js';
import { logMelWindows } from '../preprocess/audio/log-mel/audio-to-log-mel-windows.js';
import { audioWindows } from '../preprocess/audio/audio-windows.js';
import type { BytesToFeaturesOptions } from '../preprocess/features/bytes-to-features.js';
import type { DecodedAudio } from '../preprocess/audio/decode/decoded-audio.js';
import { resample } from '../preprocess/audio/resample/resample.js';

/** One model input cut from a recording, and where it lies. */
export interface WindowInput {
  startSeconds: number;
  endSeconds: number;
  features: Float32Array;
}

// Pooled-MFCC models score clips up to this long whole (TESS clips are 1-3 s); longer recordings window by window.
const WHOLE_CLIP_SECONDS = 6;
const MFCC_WINDOW = { windowSeconds: 3, hopSeconds: 1.5 };

/** A pooled-MFCC model's inputs: the whole clip, or overlapping 3 s windows of a long recording. */
function mfccWindowInputs(audio: DecodedAudio, options: BytesToFeaturesOptions): WindowInput[] {
  const config = options.audio ?? DEFAULT_AUDIO_FEATURES;
  const rate = config.sampleRate;
  const samples = resample(audio.samples, { from: audio.sampleRate, to: rate });
  const windows =
    samples.length / rate <= WHOLE_CLIP_SECONDS
      ? [{ samples, startSeconds: 0, endSeconds: samples.length / rate }]
      : audioWindows(samples, { sampleRate: rate, ...MFCC_WINDOW });
  return windows.map((w) => ({
    startSeconds: w.startSeconds,
    endSeconds: w.endSeconds,
    features: samplesToFeatures(w.samples, config),
  }));
}

/**
 * A decoded recording as the model inputs its preprocessing asks for: log-mel windows the length
 * the audio CNN reads (silent ones left out), or pooled MFCCs. Throws InvalidInputError for clips
 * too short or entirely silent.
 */
export function audioWindowInputs(audio: DecodedAudio, options: BytesToFeaturesOptions): WindowInput[] {
  if (!options.logMel) return mfccWindowInputs(audio, options);
  return logMelWindows(audio, options.logMel)
    .windows.filter((w) => !w.silent)
    .map((w) => ({ startSeconds: w.startSeconds, endSeconds: w.endSeconds, features: w.spectrogram.data }));
}
