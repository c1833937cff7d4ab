/** Source and target rates for {@link resample}, in Hz. */
export interface ResampleOptions {
  from: number;
  to: number;
}

const ZERO_CROSSINGS = 16;
const TABLE_RESOLUTION = 512;
const KAISER_BETA = 8;
/** Cutoff as a fraction of the lower Nyquist frequency; the rest is the filter's transition band. */
const ROLLOFF = 0.92;

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50 && term > 1e-12 * sum; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
  }
  return sum;
}

let kernelTable: Float64Array | undefined;

/** Kaiser-windowed sinc sampled TABLE_RESOLUTION times per zero crossing, one side only. */
function kernel(): Float64Array {
  if (kernelTable) return kernelTable;
  const table = new Float64Array(ZERO_CROSSINGS * TABLE_RESOLUTION + 2);
  const norm = besselI0(KAISER_BETA);
  for (let i = 0; i < table.length; i++) {
    const u = i / TABLE_RESOLUTION;
    const r = u / ZERO_CROSSINGS;
    const sinc = u === 0 ? 1 : Math.sin(Math.PI * u) / (Math.PI * u);
    table[i] = r >= 1 ? 0 : (sinc * besselI0(KAISER_BETA * Math.sqrt(1 - r * r))) / norm;
  }
  kernelTable = table;
  return table;
}

/**
 * Band-limited resampling with a Kaiser-windowed sinc filter whose cutoff sits below the lower
 * of the two Nyquist frequencies, so downsampling does not alias. Works for any rate ratio.
 */
export function resample(samples: Float32Array, options: ResampleOptions): Float32Array {
  const { from, to } = options;
  if (!(from > 0 && Number.isFinite(from))) throw new RangeError(`resample: 'from' must be a positive rate, got ${from}`);
  if (!(to > 0 && Number.isFinite(to))) throw new RangeError(`resample: 'to' must be a positive rate, got ${to}`);
  if (from === to) return samples.slice();
  const table = kernel();
  const scale = Math.min(1, to / from) * ROLLOFF;
  const halfWidth = ZERO_CROSSINGS / scale;
  const step = from / to;
  const tableStep = scale * TABLE_RESOLUTION;
  const limit = ZERO_CROSSINGS * TABLE_RESOLUTION;
  const last = samples.length - 1;
  const out = new Float32Array(Math.round((samples.length * to) / from));
  for (let i = 0; i < out.length; i++) {
    const t = i * step;
    const lo = Math.max(0, Math.ceil(t - halfWidth));
    const hi = Math.min(last, Math.floor(t + halfWidth));
    let acc = 0;
    for (let j = lo; j <= hi; j++) {
      const position = Math.abs(t - j) * tableStep;
      const index = Math.floor(position);
      if (index >= limit) continue;
      const a = table[index] as number;
      acc += (samples[j] as number) * (a + (position - index) * ((table[index + 1] as number) - a));
    }
    out[i] = acc * scale;
  }
  return out;
}
