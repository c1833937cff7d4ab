import type { RasterImage } from './face-types.js';

/**
 * Affine map from output pixel coordinates (u, v) to source coordinates:
 * x = a*u + b*v + c, y = d*u + e*v + f. Coordinates are continuous, pixel centres at +0.5.
 */
export type AffineTransform = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

/** Options for {@link sampleAffine}. */
export interface SampleAffineOptions {
  source: RasterImage;
  width: number;
  height: number;
  transform: AffineTransform;
  /** Value for samples outside the source, or 'edge' to repeat the border pixels. */
  fill: number | 'edge';
}

const MAX_SUPERSAMPLING = 8;

/**
 * Resamples a source image through an affine transform into width x height x channels floats
 * (source units, 0..255). Bilinear, with s x s supersampling where one output pixel covers s or
 * more source pixels, so large faces shrink without aliasing.
 */
export function sampleAffine(options: SampleAffineOptions): Float32Array {
  const { source, width, height, fill } = options;
  const [a, b, c, d, e, f] = options.transform;
  const { data, width: sw, height: sh, channels } = source;
  const out = new Float32Array(width * height * channels);
  const s = Math.min(MAX_SUPERSAMPLING, Math.max(1, Math.ceil(Math.sqrt(Math.abs(a * e - b * d)) - 1e-6)));
  const weight = 1 / (s * s);
  const edge = fill === 'edge';
  const constant = edge ? 0 : fill;
  const texel = (xi: number, yi: number, k: number): number =>
    xi >= 0 && yi >= 0 && xi < sw && yi < sh ? (data[(yi * sw + xi) * channels + k] as number) : constant;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const base = (v * width + u) * channels;
      for (let j = 0; j < s; j++) {
        const vv = v + (j + 0.5) / s;
        for (let i = 0; i < s; i++) {
          const uu = u + (i + 0.5) / s;
          // Continuous source position, shifted so integer values are pixel centres.
          let x = a * uu + b * vv + c - 0.5;
          let y = d * uu + e * vv + f - 0.5;
          if (edge) {
            x = x < 0 ? 0 : Math.min(x, sw - 1);
            y = y < 0 ? 0 : Math.min(y, sh - 1);
          }
          const x0 = Math.floor(x);
          const y0 = Math.floor(y);
          const fx = x - x0;
          const fy = y - y0;
          const w00 = (1 - fx) * (1 - fy) * weight;
          const w10 = fx * (1 - fy) * weight;
          const w01 = (1 - fx) * fy * weight;
          const w11 = fx * fy * weight;
          if (x0 >= 0 && y0 >= 0 && x0 + 1 < sw && y0 + 1 < sh) {
            const p00 = (y0 * sw + x0) * channels;
            const p01 = p00 + sw * channels;
            for (let k = 0; k < channels; k++) {
              out[base + k] =
                (out[base + k] as number) +
                (data[p00 + k] as number) * w00 +
                (data[p00 + channels + k] as number) * w10 +
                (data[p01 + k] as number) * w01 +
                (data[p01 + channels + k] as number) * w11;
            }
          } else {
            // Border or outside: 'edge' coordinates are clamped, so only the zero-weight neighbour can fall outside.
            for (let k = 0; k < channels; k++) {
              const value =
                texel(x0, y0, k) * w00 +
                texel(x0 + 1, y0, k) * w10 +
                texel(x0, y0 + 1, k) * w01 +
                texel(x0 + 1, y0 + 1, k) * w11;
              out[base + k] = (out[base + k] as number) + value;
            }
          }
        }
      }
    }
  }
  return out;
}
