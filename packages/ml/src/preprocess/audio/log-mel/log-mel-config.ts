/**
 * Everything that turns audio into the log-mel frames a model reads. It is recorded with the
 * model, so inference repeats the exact steps training used.
 */
export interface LogMelConfig {
  /** Rate every clip is resampled to, in Hz. */
  sampleRate: number;
  /** Samples per analysis window (400 = 25 ms at 16 kHz), Hann-weighted. */
  windowSize: number;
  /** FFT length; a power of two >= windowSize (the window is zero-padded). */
  fftSize: number;
  /** Samples between window centres (160 = 10 ms at 16 kHz). */
  hopSize: number;
  /** Triangular mel filters (HTK mel scale) between fMin and fMax. */
  melBins: number;
  fMin: number;
  fMax: number;
  /** Mel energies are clamped to at least this before the natural log (1e-10, about -100 dB). */
  logFloor: number;
  /** Frames per example: longer clips are centre-cropped, shorter ones padded with log(logFloor). */
  frames: number;
  /** Leading and trailing frames this many dB below the loudest frame are trimmed. */
  trimDb: number;
  /** RMS each clip is scaled to after trimming (0.1 = -20 dBFS). */
  targetRms: number;
  /** Clips whose loudest window is quieter than this (dBFS) count as silent. */
  silenceDbfs: number;
}

/**
 * 16 kHz, 25 ms Hann windows every 10 ms, 512-point FFT, 64 mel bins from 20 Hz to 7.2 kHz,
 * 200 frames (2 s). fMax stays below the resampler's cutoff (0.92 * 8 kHz) so clips recorded at
 * 16 kHz and clips resampled from 44.1 kHz fill the same bins.
 */
export const DEFAULT_LOG_MEL_CONFIG: Readonly<LogMelConfig> = Object.freeze({
  sampleRate: 16_000,
  windowSize: 400,
  fftSize: 512,
  hopSize: 160,
  melBins: 64,
  fMin: 20,
  fMax: 7_200,
  logFloor: 1e-10,
  frames: 200,
  trimDb: -40,
  targetRms: 0.1,
  silenceDbfs: -60,
});
