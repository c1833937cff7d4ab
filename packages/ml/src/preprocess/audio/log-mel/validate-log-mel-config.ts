import type { LogMelConfig } from './log-mel-config.js';

const isInt = (value: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Throws a RangeError naming the first invalid field of a LogMelConfig. */
export function validateLogMelConfig(config: LogMelConfig): void {
  const {
    sampleRate,
    windowSize,
    fftSize,
    hopSize,
    melBins,
    fMin,
    fMax,
    logFloor,
    frames,
    trimDb,
    targetRms,
    silenceDbfs,
  } = config;
  const fail = (field: string, rule: string, value: unknown) => {
    throw new RangeError(`LogMelConfig.${field} must be ${rule}, got ${String(value)}`);
  };
  if (!isInt(sampleRate, 1_000, 384_000)) fail('sampleRate', 'an integer in [1000, 384000]', sampleRate);
  if (!isInt(windowSize, 16, 65_536)) fail('windowSize', 'an integer in [16, 65536]', windowSize);
  if (!(isInt(fftSize, windowSize) && (fftSize & (fftSize - 1)) === 0))
    fail('fftSize', 'a power of two >= windowSize', fftSize);
  if (!isInt(hopSize, 1, windowSize)) fail('hopSize', 'an integer in [1, windowSize]', hopSize);
  if (!isInt(melBins, 1, 512)) fail('melBins', 'an integer in [1, 512]', melBins);
  if (!(fMin >= 0)) fail('fMin', '>= 0', fMin);
  if (!(fMax > fMin && fMax <= sampleRate / 2)) fail('fMax', 'in (fMin, sampleRate / 2]', fMax);
  if (!(logFloor > 0 && logFloor < 1)) fail('logFloor', 'in (0, 1)', logFloor);
  if (!isInt(frames, 1, 100_000)) fail('frames', 'an integer in [1, 100000]', frames);
  if (!(trimDb < 0)) fail('trimDb', 'negative', trimDb);
  if (!(targetRms > 0 && targetRms <= 1)) fail('targetRms', 'in (0, 1]', targetRms);
  if (!(silenceDbfs < 0)) fail('silenceDbfs', 'negative', silenceDbfs);
}
