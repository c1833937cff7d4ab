import { DEFAULT_LOG_MEL_CONFIG, type LogMelConfig } from './log-mel-config.js';
import { decodeAudio, type DecodeAudioOptions } from '../decode/decode-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { resample } from '../resample/resample.js';
import { samplesToLogMel } from './samples-to-log-mel.js';
import { silenceMessage } from './silence-message.js';
import type { Spectrogram } from './spectrogram.js';
import { validateLogMelConfig } from './validate-log-mel-config.js';

/**
 * Audio bytes to the log-mel frames an audio CNN reads: decode (WAV/AIFF, mono) -> resample to
 * config.sampleRate -> trim silence -> RMS-normalise -> log-mel -> centre crop/pad to
 * config.frames. Returns config.frames * config.melBins values, row-major by frame.
 * Undecodable, too short (under one window), too long (options.maxSeconds) or silent clips throw
 * InvalidInputError; an invalid config throws a RangeError naming the field.
 */
export function audioToLogMel(
  bytes: Uint8Array,
  config: LogMelConfig = DEFAULT_LOG_MEL_CONFIG,
  options: DecodeAudioOptions = {},
): Spectrogram {
  validateLogMelConfig(config);
  const decoded = decodeAudio(bytes, options);
  const samples = resample(decoded.samples, { from: decoded.sampleRate, to: config.sampleRate });
  const clip = samplesToLogMel(samples, { config });
  if (clip.silent) throw new InvalidInputError(silenceMessage(clip.loudestDbfs, config));
  return clip.spectrogram;
}
