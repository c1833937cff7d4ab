import { polyphaseFilters, type PolyphaseFilters } from './polyphase-filters.js';
import { kernelAt, ROLLOFF, TABLE_RESOLUTION, ZERO_CROSSINGS } from './resample-kernel.js';

/** Source and target rates for {@link resample}, in Hz. */
export interface ResampleOptions {
  from: number;
  to: number;
}

/** Fast path: each output sample is one dot product with its phase's precomputed taps. */
function resamplePolyphase(samples: Float32Array, filters: PolyphaseFilters, out: Float32Array): void {
  const { up, down, taps, offsets, weights, scale } = filters;
  const last = samples.length - 1;
  const whole = Math.floor(down / up);
  const rest = down % up;
  let base = 0;
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const lo = base + (offsets[phase] as number);
    const w = phase * taps;
    let acc = 0;
    if (lo >= 0 && lo + taps - 1 <= last) {
      for (let k = 0; k < taps; k++) acc += (samples[lo + k] as number) * (weights[w + k] as number);
    } else {
      for (let k = Math.max(0, -lo); k < taps && lo + k <= last; k++)
        acc += (samples[lo + k] as number) * (weights[w + k] as number);
    }
    out[i] = acc * scale;
    base += whole;
    phase += rest;
    if (phase >= up) {
      phase -= up;
      base++;
    }
  }
}

/** Generic path for any ratio: evaluates the kernel for every tap. */
function resampleAnyRatio(samples: Float32Array, options: ResampleOptions, out: Float32Array): void {
  const { from, to } = options;
  const scale = Math.min(1, to / from) * ROLLOFF;
  const halfWidth = ZERO_CROSSINGS / scale;
  const step = from / to;
  const last = samples.length - 1;
  for (let i = 0; i < out.length; i++) {
    const t = i * step;
    const lo = Math.max(0, Math.ceil(t - halfWidth));
    const hi = Math.min(last, Math.floor(t + halfWidth));
    let acc = 0;
    for (let j = lo; j <= hi; j++) acc += (samples[j] as number) * kernelAt(Math.abs(t - j) * scale * TABLE_RESOLUTION);
    out[i] = acc * scale;
  }
}

/**
 * Band-limited resampling with a Kaiser-windowed sinc filter whose cutoff sits below the lower
 * of the two Nyquist frequencies, so downsampling does not alias. Works for any rate ratio;
 * integer rates with a manageable reduced ratio use precomputed polyphase taps (about 4x faster).
 */
export function resample(samples: Float32Array, options: ResampleOptions): Float32Array {
  const { from, to } = options;
  if (!(from > 0 && Number.isFinite(from)))
    throw new RangeError(`resample: 'from' must be a positive rate, got ${from}`);
  if (!(to > 0 && Number.isFinite(to))) throw new RangeError(`resample: 'to' must be a positive rate, got ${to}`);
  if (from === to) return samples.slice();
  const out = new Float32Array(Math.round((samples.length * to) / from));
  const filters = polyphaseFilters(from, to);
  if (filters) resamplePolyphase(samples, filters, out);
  else resampleAnyRatio(samples, options, out);
  return out;
}
