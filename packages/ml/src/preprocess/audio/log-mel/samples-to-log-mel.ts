import { fixLength } from './fix-length.js';
import type { LogMelConfig } from './log-mel-config.js';
import { createLogMelExtractor, type LogMelExtractor } from './log-mel-spectrogram.js';
import { loudestFrameDbfs } from '../loudest-frame-dbfs.js';
import { normalizeRms } from '../normalize-rms.js';
import type { Spectrogram } from './spectrogram.js';
import { trimSilence } from '../trim-silence.js';

/** Options for {@link samplesToLogMel}. */
export interface SamplesToLogMelOptions {
  /** A validated config; samples must already be at config.sampleRate. */
  config: LogMelConfig;
  /** Reuse one extractor across many clips (default: built from config). */
  extractor?: LogMelExtractor;
}

/** The model-ready frames of one clip and how loud it was. */
export interface LogMelClip {
  /** Exactly config.frames frames. */
  spectrogram: Spectrogram;
  /** Loudest window's level before normalisation (-Infinity for digital silence). */
  loudestDbfs: number;
  /** True when loudestDbfs < config.silenceDbfs; the spectrogram is then all log(logFloor). */
  silent: boolean;
}

/**
 * The clip pipeline after resampling: trim leading and trailing silence -> scale to
 * config.targetRms -> log-mel -> centre crop or pad (with log(logFloor)) to config.frames.
 * Silent clips are not amplified: they map to the all-floor spectrogram and are flagged.
 */
export function samplesToLogMel(samples: Float32Array, options: SamplesToLogMelOptions): LogMelClip {
  const { config } = options;
  const { windowSize, hopSize, frames, melBins, logFloor } = config;
  const extractor = options.extractor ?? createLogMelExtractor(config);
  const floor = Math.log(logFloor);
  const loudestDbfs = loudestFrameDbfs(samples, { frameSize: windowSize, hopSize });
  if (samples.length >= windowSize && !(loudestDbfs >= config.silenceDbfs)) {
    return {
      spectrogram: { data: new Float32Array(frames * melBins).fill(floor), frames, melBins },
      loudestDbfs,
      silent: true,
    };
  }
  // The extractor throws InvalidInputError for clips shorter than one window.
  const voiced = normalizeRms(
    trimSilence(samples, { frameSize: windowSize, hopSize, thresholdDb: config.trimDb }),
    config.targetRms,
  );
  const spectrogram = fixLength(extractor(voiced), { frames, mode: 'center', padValue: floor });
  return { spectrogram, loudestDbfs, silent: false };
}
