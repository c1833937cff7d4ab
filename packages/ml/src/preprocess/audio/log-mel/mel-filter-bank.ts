/** Options for {@link melFilterBank}. */
export interface MelFilterBankOptions {
  sampleRate: number;
  fftSize: number;
  melBins: number;
  fMin: number;
  fMax: number;
}

/** One triangular filter: weights for FFT bins start .. start + weights.length - 1. */
export interface MelFilter {
  start: number;
  weights: Float64Array;
}

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

/**
 * Triangular filters spaced evenly on the HTK mel scale, peak weight 1, evaluated at FFT bin
 * frequencies and stored sparsely. Throws a RangeError when a filter would cover no FFT bin
 * (too many mel bins for the FFT's resolution).
 */
export function melFilterBank(options: MelFilterBankOptions): MelFilter[] {
  const { sampleRate, fftSize, melBins, fMin, fMax } = options;
  const lowMel = hzToMel(fMin);
  const step = (hzToMel(fMax) - lowMel) / (melBins + 1);
  const edges = Array.from({ length: melBins + 2 }, (_, i) => melToHz(lowMel + i * step));
  const binHz = sampleRate / fftSize;
  const filters: MelFilter[] = [];
  for (let m = 0; m < melBins; m++) {
    const [left, centre, right] = [edges[m] as number, edges[m + 1] as number, edges[m + 2] as number];
    const start = Math.max(0, Math.ceil(left / binHz));
    const end = Math.min(fftSize / 2, Math.floor(right / binHz));
    const weights = new Float64Array(Math.max(0, end - start + 1));
    for (let k = start; k <= end; k++) {
      const hz = k * binHz;
      weights[k - start] = Math.max(0, hz <= centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre));
    }
    if (!weights.some((w) => w > 0)) {
      throw new RangeError(
        `melFilterBank: mel bin ${m} (${left.toFixed(0)}-${right.toFixed(0)} Hz) covers no FFT bin; use fewer melBins or a larger fftSize`,
      );
    }
    filters.push({ start, weights });
  }
  return filters;
}
