import { createRng } from '../../create-rng.js';
import type { Spectrogram } from './spectrogram.js';

/** Options for {@link specAugment}. */
export interface SpecAugmentOptions {
  /** Seeds the masks' positions and widths; the same seed gives the same masks. */
  seed: number;
  /** Time masks to apply (default 2). */
  timeMasks?: number;
  /** Widest time mask in frames (default 20, i.e. 0.2 s at a 10 ms hop); clamped to a fifth of the clip. */
  maxTimeWidth?: number;
  /** Frequency masks to apply (default 2). */
  frequencyMasks?: number;
  /** Widest frequency mask in mel bins (default 8). */
  maxFrequencyWidth?: number;
  /** Value written into masked cells (default the spectrogram's mean, which keeps its statistics). */
  maskValue?: number;
}

function checkCount(name: string, value: number): void {
  if (!(Number.isInteger(value) && value >= 0))
    throw new RangeError(`specAugment: ${name} must be a non-negative integer, got ${value}`);
}

/**
 * SpecAugment-style masking for training (Park et al., 2019, without time warping): blanks
 * `timeMasks` spans of up to maxTimeWidth frames and `frequencyMasks` bands of up to
 * maxFrequencyWidth mel bins, each width drawn uniformly from [0, max]. Returns a new spectrogram.
 */
export function specAugment(spectrogram: Spectrogram, options: SpecAugmentOptions): Spectrogram {
  const { seed, timeMasks = 2, maxTimeWidth = 20, frequencyMasks = 2, maxFrequencyWidth = 8 } = options;
  checkCount('timeMasks', timeMasks);
  checkCount('maxTimeWidth', maxTimeWidth);
  checkCount('frequencyMasks', frequencyMasks);
  checkCount('maxFrequencyWidth', maxFrequencyWidth);
  const { data, frames, melBins } = spectrogram;
  const out = data.slice();
  const maskValue = options.maskValue ?? data.reduce((sum, v) => sum + v, 0) / Math.max(1, data.length);
  const random = createRng(seed);
  const span = (max: number, size: number) => {
    const width = Math.floor(random() * (Math.min(max, size) + 1));
    return { first: Math.floor(random() * (size - width + 1)), width };
  };
  // Time masks wider than a fifth of the clip would erase most of a short utterance.
  const timeLimit = Math.min(maxTimeWidth, Math.floor(frames / 5));
  for (let n = 0; n < timeMasks; n++) {
    const { first, width } = span(timeLimit, frames);
    out.fill(maskValue, first * melBins, (first + width) * melBins);
  }
  for (let n = 0; n < frequencyMasks; n++) {
    const { first, width } = span(maxFrequencyWidth, melBins);
    for (let t = 0; t < frames; t++) out.fill(maskValue, t * melBins + first, t * melBins + first + width);
  }
  return { data: out, frames, melBins };
}
