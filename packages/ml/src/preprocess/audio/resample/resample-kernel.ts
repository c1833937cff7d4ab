/** Zero crossings of the sinc on each side of the centre tap. */
export const ZERO_CROSSINGS = 16;
/** Kernel table entries per zero crossing (values in between are interpolated linearly). */
export const TABLE_RESOLUTION = 512;
const KAISER_BETA = 8;
/** Cutoff as a fraction of the lower Nyquist frequency; the rest is the filter's transition band. */
export const ROLLOFF = 0.92;

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

/** The windowed sinc at `position` table steps from its centre (0 beyond the last zero crossing). */
export function kernelAt(position: number): number {
  const table = kernel();
  const index = Math.floor(position);
  if (index >= ZERO_CROSSINGS * TABLE_RESOLUTION) return 0;
  const a = table[index] as number;
  return a + (position - index) * ((table[index + 1] as number) - a);
}
