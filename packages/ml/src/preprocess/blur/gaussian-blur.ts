/** Gaussian weights for a separable blur, radius ceil(3 sigma), summing to 1. */
function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const w = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel[i + radius] = w;
    sum += w;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] = (kernel[i] as number) / sum;
  return kernel;
}

/**
 * Separable Gaussian blur of a square single-channel image (row-major, side `size`) with edge
 * pixels repeated outwards, so borders keep their brightness. sigma <= 0 returns a copy.
 */
export function gaussianBlur(pixels: Float32Array, size: number, sigma: number): Float32Array {
  if (pixels.length !== size * size)
    throw new RangeError(`gaussianBlur: expected ${size * size} pixels, got ${pixels.length}`);
  if (!(sigma > 0)) return Float32Array.from(pixels);
  const kernel = gaussianKernel(sigma);
  const radius = (kernel.length - 1) / 2;
  const clamp = (i: number) => (i < 0 ? 0 : i >= size ? size - 1 : i);
  const rows = new Float32Array(pixels.length);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let acc = 0;
      for (let k = -radius; k <= radius; k++)
        acc += (kernel[k + radius] as number) * (pixels[y * size + clamp(x + k)] as number);
      rows[y * size + x] = acc;
    }
  }
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let acc = 0;
      for (let k = -radius; k <= radius; k++)
        acc += (kernel[k + radius] as number) * (rows[clamp(y + k) * size + x] as number);
      out[y * size + x] = acc;
    }
  }
  return out;
}
