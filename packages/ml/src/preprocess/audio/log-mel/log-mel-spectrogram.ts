import { InvalidInputError } from '../../invalid-input-error.js';
import { DEFAULT_LOG_MEL_CONFIG, type LogMelConfig } from './log-mel-config.js';
import { melFilterBank } from './mel-filter-bank.js';
import { createPowerSpectrum } from './power-spectrum.js';
import type { Spectrogram } from './spectrogram.js';
import { validateLogMelConfig } from './validate-log-mel-config.js';

/** The LogMelConfig fields the spectrogram itself uses. */
export type LogMelSpectrogramOptions = Pick<
  LogMelConfig,
  'sampleRate' | 'windowSize' | 'fftSize' | 'hopSize' | 'melBins' | 'fMin' | 'fMax' | 'logFloor'
>;

/** Computes log-mel spectrograms for one config, with its window, FFT tables and filters built once. */
export type LogMelExtractor = (samples: Float32Array) => Spectrogram;

/** Builds a reusable {@link LogMelExtractor}; unspecified fields come from DEFAULT_LOG_MEL_CONFIG. */
export function createLogMelExtractor(options: Partial<LogMelSpectrogramOptions> = {}): LogMelExtractor {
  const config = { ...DEFAULT_LOG_MEL_CONFIG, ...options };
  validateLogMelConfig(config);
  const { windowSize, fftSize, hopSize, melBins, logFloor } = config;
  const filters = melFilterBank(config);
  const powerSpectrum = createPowerSpectrum(fftSize);
  const window = new Float64Array(windowSize);
  let windowSum = 0;
  for (let i = 0; i < windowSize; i++) {
    window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / windowSize); // periodic Hann
    windowSum += window[i] as number;
  }
  // Scaled so a sine of amplitude A puts about A^2 / 4 in its band, whatever the window length.
  const scale = 1 / windowSum ** 2;
  const frame = new Float64Array(fftSize);
  const power = new Float64Array(fftSize / 2 + 1);
  const offset = Math.floor(windowSize / 2);

  return (samples) => {
    if (samples.length < windowSize) {
      const ms = Math.ceil((windowSize / config.sampleRate) * 1000);
      throw new InvalidInputError(
        `Audio is too short: it needs at least ${windowSize} samples at ${config.sampleRate} Hz (${ms} ms)`,
      );
    }
    const frames = 1 + Math.floor(samples.length / hopSize);
    const data = new Float32Array(frames * melBins);
    for (let t = 0; t < frames; t++) {
      const first = t * hopSize - offset;
      for (let i = 0; i < windowSize; i++) {
        const s = first + i;
        frame[i] = s >= 0 && s < samples.length ? (samples[s] as number) * (window[i] as number) : 0;
      }
      powerSpectrum(frame, power);
      for (let m = 0; m < melBins; m++) {
        const { start, weights } = filters[m]!;
        let energy = 0;
        for (let k = 0; k < weights.length; k++) energy += (weights[k] as number) * (power[start + k] as number);
        data[t * melBins + m] = Math.log(Math.max(energy * scale, logFloor));
      }
    }
    return { data, frames, melBins };
  };
}

/**
 * Log-mel spectrogram of mono samples at options.sampleRate: centred Hann windows (zero-padded at
 * the edges) every hopSize samples, so 1 + floor(length / hopSize) frames of melBins natural-log
 * energies, never below log(logFloor). Clips shorter than one window throw InvalidInputError.
 */
export function logMelSpectrogram(samples: Float32Array, options: Partial<LogMelSpectrogramOptions> = {}): Spectrogram {
  return createLogMelExtractor(options)(samples);
}
