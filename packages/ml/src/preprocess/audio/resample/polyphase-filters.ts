import { kernelAt, ROLLOFF, TABLE_RESOLUTION, ZERO_CROSSINGS } from './resample-kernel.js';

/** Precomputed taps for resampling by the rational ratio up/down (to = from * up / down). */
export interface PolyphaseFilters {
  up: number;
  down: number;
  /** Tap count of every phase. */
  taps: number;
  /** For phase p: index of its first input sample relative to floor(i * down / up). */
  offsets: Int32Array;
  /** phase * taps + k: weight of the k-th input sample of that phase. */
  weights: Float64Array;
  /** Gain applied to each output (the filter's cutoff scale). */
  scale: number;
}

/** Above this many weights the generic table-lookup path is used instead (e.g. coprime rates). */
const MAX_WEIGHTS = 1 << 20;
const cache = new Map<string, PolyphaseFilters | undefined>();

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function build(from: number, to: number): PolyphaseFilters | undefined {
  if (!(Number.isInteger(from) && Number.isInteger(to))) return undefined;
  const g = gcd(from, to);
  const [up, down] = [to / g, from / g];
  const scale = Math.min(1, to / from) * ROLLOFF;
  const halfWidth = ZERO_CROSSINGS / scale;
  const taps = 2 * Math.ceil(halfWidth) + 2;
  if (up * taps > MAX_WEIGHTS) return undefined;
  const offsets = new Int32Array(up);
  const weights = new Float64Array(up * taps);
  for (let phase = 0; phase < up; phase++) {
    const fraction = phase / up;
    const first = Math.ceil(fraction - halfWidth);
    offsets[phase] = first;
    for (let k = 0; k < taps; k++) {
      const distance = Math.abs(fraction - (first + k));
      weights[phase * taps + k] = distance <= halfWidth ? kernelAt(distance * scale * TABLE_RESOLUTION) : 0;
    }
  }
  return { up, down, taps, offsets, weights, scale };
}

/**
 * Polyphase filter bank for integer rates whose reduced ratio needs at most ~1M weights (all
 * common rates to 16 kHz, including 22,050, 24,414, 44,100 and 96,000 Hz); undefined otherwise.
 * Memoised for the few rate pairs a process sees.
 */
export function polyphaseFilters(from: number, to: number): PolyphaseFilters | undefined {
  const key = `${from}/${to}`;
  if (!cache.has(key)) {
    if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
    cache.set(key, build(from, to));
  }
  return cache.get(key);
}
