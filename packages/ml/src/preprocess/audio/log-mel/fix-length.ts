import { createRng } from '../../create-rng.js';
import type { Spectrogram } from './spectrogram.js';

/** Options for {@link fixLength}. */
export interface FixLengthOptions {
  /** Frames in the result. */
  frames: number;
  /**
   * Where the kept (or padded) span sits: 'center' for inference and validation, 'random' for
   * training crops (needs `seed`), 'start' to keep the beginning.
   */
  mode?: 'center' | 'random' | 'start';
  /** Seeds the 'random' offset; the same seed gives the same crop. */
  seed?: number;
  /** Value of padded frames (default 0; pass log(logFloor), i.e. silence, for log-mel frames). */
  padValue?: number;
}

/**
 * Crops a spectrogram that is too long, or pads one that is too short, to exactly `frames`
 * frames. Always returns a new spectrogram. For seeded random training crops of audioToLogMel
 * output, compute it with a larger config.frames, then crop here to the recorded frames.
 */
export function fixLength(spectrogram: Spectrogram, options: FixLengthOptions): Spectrogram {
  const { frames: target, mode = 'center', seed, padValue = 0 } = options;
  if (!(Number.isInteger(target) && target >= 1))
    throw new RangeError(`fixLength: frames must be a positive integer, got ${target}`);
  if (mode === 'random' && seed === undefined) throw new RangeError("fixLength: mode 'random' needs a seed");
  const { data, frames, melBins } = spectrogram;
  const slack = Math.abs(frames - target);
  const shift =
    mode === 'start'
      ? 0
      : mode === 'center'
        ? Math.floor(slack / 2)
        : Math.floor(createRng(seed as number)() * (slack + 1));
  const out = new Float32Array(target * melBins);
  if (frames >= target) {
    out.set(data.subarray(shift * melBins, (shift + target) * melBins));
  } else {
    out.fill(padValue);
    out.set(data, shift * melBins);
  }
  return { data: out, frames: target, melBins };
}
