import { audioWindows } from '../audio-windows.js';
import { decodeAudio } from '../decode/decode-audio.js';
import type { DecodedAudio } from '../decode/decoded-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { DEFAULT_LOG_MEL_CONFIG, type LogMelConfig } from './log-mel-config.js';
import { createLogMelExtractor } from './log-mel-spectrogram.js';
import { resample } from '../resample/resample.js';
import { samplesToLogMel } from './samples-to-log-mel.js';
import { silenceMessage } from './silence-message.js';
import type { Spectrogram } from './spectrogram.js';
import { validateLogMelConfig } from './validate-log-mel-config.js';

/** Options for {@link audioToLogMelWindows}. */
export interface AudioToLogMelWindowsOptions {
  /** Window length (default config.frames * config.hopSize / config.sampleRate, what the model sees). */
  windowSeconds?: number;
  /** Seconds between window starts (default half a window). */
  hopSeconds?: number;
  /** Longer recordings throw InvalidInputError (default 600 s). */
  maxSeconds?: number;
}

/** One window's model input, where it lies, and whether it was silent. */
export interface LogMelWindow {
  startSeconds: number;
  endSeconds: number;
  spectrogram: Spectrogram;
  loudestDbfs: number;
  /** Silent windows hold the all-floor spectrogram; leave them out of predictions. */
  silent: boolean;
}

/** A long recording as overlapping model inputs. */
export interface LogMelWindows {
  durationSeconds: number;
  windows: LogMelWindow[];
}

/**
 * Decodes a long recording, resamples it once and runs each overlapping window through the same
 * clip pipeline as audioToLogMel (trim, normalise, log-mel, centre crop/pad), so every window looks
 * like a training clip. Throws InvalidInputError when every window is silent.
 */
export function audioToLogMelWindows(
  bytes: Uint8Array,
  config: LogMelConfig = DEFAULT_LOG_MEL_CONFIG,
  options: AudioToLogMelWindowsOptions = {},
): LogMelWindows {
  validateLogMelConfig(config);
  return logMelWindows(decodeAudio(bytes, { maxSeconds: options.maxSeconds }), config, options);
}

/** audioToLogMelWindows for a recording already decoded (callers that decode once for several uses). */
export function logMelWindows(
  decoded: DecodedAudio,
  config: LogMelConfig = DEFAULT_LOG_MEL_CONFIG,
  options: Omit<AudioToLogMelWindowsOptions, 'maxSeconds'> = {},
): LogMelWindows {
  validateLogMelConfig(config);
  const { windowSeconds = (config.frames * config.hopSize) / config.sampleRate, hopSeconds } = options;
  const samples = resample(decoded.samples, { from: decoded.sampleRate, to: config.sampleRate });
  const extractor = createLogMelExtractor(config);
  const parts = audioWindows(samples, { sampleRate: config.sampleRate, windowSeconds, hopSeconds });
  const windows = parts.map(({ samples: part, startSeconds, endSeconds }) => ({
    startSeconds,
    endSeconds,
    ...samplesToLogMel(part, { config, extractor }),
  }));
  if (windows.every((w) => w.silent)) {
    throw new InvalidInputError(silenceMessage(Math.max(...windows.map((w) => w.loudestDbfs)), config));
  }
  return { durationSeconds: samples.length / config.sampleRate, windows };
}
