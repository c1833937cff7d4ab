/** Writes |X[k]|^2 for k = 0..fftSize/2 of a real frame of fftSize samples into `out`. */
export type PowerSpectrum = (frame: Float64Array, out: Float64Array) => void;

function bitReversal(size: number): Uint32Array {
  const bits = Math.log2(size);
  const table = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    let r = 0;
    for (let b = 0, v = i; b < bits; b++, v >>= 1) r = (r << 1) | (v & 1);
    table[i] = r;
  }
  return table;
}

/** In-place iterative radix-2 complex FFT over re/im, with twiddles for this size precomputed. */
function complexFft(size: number): (re: Float64Array, im: Float64Array) => void {
  const reverse = bitReversal(size);
  const cos = new Float64Array(size / 2);
  const sin = new Float64Array(size / 2);
  for (let k = 0; k < size / 2; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / size);
    sin[k] = -Math.sin((2 * Math.PI * k) / size);
  }
  return (re, im) => {
    for (let i = 0; i < size; i++) {
      const j = reverse[i] as number;
      if (j > i) {
        const r = re[i] as number;
        re[i] = re[j] as number;
        re[j] = r;
        const m = im[i] as number;
        im[i] = im[j] as number;
        im[j] = m;
      }
    }
    for (let half = 1; half < size; half <<= 1) {
      const stride = size / (2 * half);
      for (let start = 0; start < size; start += 2 * half) {
        for (let k = 0; k < half; k++) {
          const wr = cos[k * stride] as number;
          const wi = sin[k * stride] as number;
          const a = start + k;
          const b = a + half;
          const br = re[b] as number;
          const bi = im[b] as number;
          const tr = br * wr - bi * wi;
          const ti = br * wi + bi * wr;
          re[b] = (re[a] as number) - tr;
          im[b] = (im[a] as number) - ti;
          re[a] = (re[a] as number) + tr;
          im[a] = (im[a] as number) + ti;
        }
      }
    }
  };
}

/**
 * A power spectrum for real frames of `fftSize` (a power of two >= 4): packs the frame into a
 * complex signal of half the length, runs one FFT and untangles the even and odd halves.
 */
export function createPowerSpectrum(fftSize: number): PowerSpectrum {
  if (!(Number.isInteger(fftSize) && fftSize >= 4 && (fftSize & (fftSize - 1)) === 0)) {
    throw new RangeError(`createPowerSpectrum: fftSize must be a power of two >= 4, got ${fftSize}`);
  }
  const half = fftSize / 2;
  const fft = complexFft(half);
  const re = new Float64Array(half);
  const im = new Float64Array(half);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / fftSize);
    sin[k] = Math.sin((2 * Math.PI * k) / fftSize);
  }
  return (frame, out) => {
    for (let n = 0; n < half; n++) {
      re[n] = frame[2 * n] as number;
      im[n] = frame[2 * n + 1] as number;
    }
    fft(re, im);
    out[0] = ((re[0] as number) + (im[0] as number)) ** 2;
    out[half] = ((re[0] as number) - (im[0] as number)) ** 2;
    for (let k = 1; k < half; k++) {
      const zr = re[k] as number;
      const zi = im[k] as number;
      const cr = re[half - k] as number;
      const ci = -(im[half - k] as number);
      // Even part E = (Z[k] + conj Z[M-k]) / 2, odd part O = (Z[k] - conj Z[M-k]) / 2i, X = E + W^k O.
      const er = (zr + cr) / 2;
      const ei = (zi + ci) / 2;
      const or = (zi - ci) / 2;
      const oi = -(zr - cr) / 2;
      const wr = cos[k] as number;
      const wi = -(sin[k] as number);
      const xr = er + or * wr - oi * wi;
      const xi = ei + or * wi + oi * wr;
      out[k] = xr * xr + xi * xi;
    }
  };
}
