/** Writes (value - mean) / 255 per RGB channel into `out` from `offset`: the face networks' input scaling. */
export function normaliseRgb(
  values: ArrayLike<number>,
  mean: readonly [number, number, number],
  out: Float32Array,
  offset = 0,
): void {
  const [r, g, b] = mean;
  for (let i = 0; i + 2 < values.length; i += 3) {
    out[offset + i] = ((values[i] as number) - r) / 255;
    out[offset + i + 1] = ((values[i + 1] as number) - g) / 255;
    out[offset + i + 2] = ((values[i + 2] as number) - b) / 255;
  }
}
