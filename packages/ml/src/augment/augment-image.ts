import type { ResolvedAugmentOptions } from './augment-options.js';
import type { Augmentation } from './draw-augmentation.js';

/** One image of a batch to augment. */
export interface AugmentImageArgs {
  /** The whole batch, NHWC; the image starts at `offset`. */
  input: Float32Array;
  output: Float32Array;
  offset: number;
  height: number;
  width: number;
  channels: number;
  augmentation: Augmentation;
  options: ResolvedAugmentOptions;
  /** For erasing noise. */
  random: () => number;
}

/** Maps an index outside [0, size) back inside: clamped ('nearest') or mirrored ('reflect'). */
function wrap(index: number, size: number, mode: 'nearest' | 'reflect'): number {
  if (index >= 0 && index < size) return index;
  if (mode === 'nearest' || size === 1) return index < 0 ? 0 : size - 1;
  const period = 2 * size;
  const folded = ((index % period) + period) % period;
  return folded < size ? folded : period - 1 - folded;
}

/** Flip, rotation, zoom and shift about the centre as one inverse map, sampled bilinearly. */
function transformGeometry(args: AugmentImageArgs): void {
  const { input, output, offset, height, width, channels, augmentation, options } = args;
  const { flip, angle, shiftX, shiftY, zoom } = augmentation;
  const cx = width / 2;
  const cy = height / 2;
  const cos = Math.cos(angle) / zoom;
  const sin = Math.sin(angle) / zoom;
  const tx = shiftX * width;
  const ty = shiftY * height;
  const constant = options.fillMode === 'constant';
  const mode = options.fillMode === 'reflect' ? 'reflect' : 'nearest';
  const pixel = (x: number, y: number, k: number): number => {
    if (constant && (x < 0 || y < 0 || x >= width || y >= height)) return options.fillValue;
    return input[offset + (wrap(y, height, mode) * width + wrap(x, width, mode)) * channels + k] as number;
  };
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const dx = u + 0.5 - cx - tx;
      const dy = v + 0.5 - cy - ty;
      const rx = cos * dx + sin * dy;
      const sx = cx + (flip ? -rx : rx) - 0.5;
      const sy = cy - sin * dx + cos * dy - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const at = offset + (v * width + u) * channels;
      for (let k = 0; k < channels; k++) {
        const top = pixel(x0, y0, k) * (1 - fx) + pixel(x0 + 1, y0, k) * fx;
        const bottom = pixel(x0, y0 + 1, k) * (1 - fx) + pixel(x0 + 1, y0 + 1, k) * fx;
        output[at + k] = top * (1 - fy) + bottom * fy;
      }
    }
  }
}

/** Contrast about the image's mean, then brightness, clamped to [0, 1]. */
function adjustTone(args: AugmentImageArgs): void {
  const { output, offset, height, width, channels, augmentation } = args;
  const size = height * width * channels;
  let mean = 0;
  for (let i = offset; i < offset + size; i++) mean += output[i] as number;
  mean /= size;
  const { contrast, brightness } = augmentation;
  for (let i = offset; i < offset + size; i++) {
    const value = ((output[i] as number) - mean) * contrast + mean + brightness;
    output[i] = value < 0 ? 0 : Math.min(value, 1);
  }
}

function erase(args: AugmentImageArgs): void {
  const { output, offset, height, width, channels, augmentation, options, random } = args;
  const box = augmentation.erase;
  if (!box || !options.erasing) return;
  const fill = options.erasing.fill;
  const x0 = Math.round(box.x * width);
  const y0 = Math.round(box.y * height);
  const x1 = Math.min(width, x0 + Math.max(1, Math.round(box.width * width)));
  const y1 = Math.min(height, y0 + Math.max(1, Math.round(box.height * height)));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      for (let k = 0; k < channels; k++)
        output[offset + (y * width + x) * channels + k] = fill === 'noise' ? random() : fill;
    }
  }
}

/** Writes one augmented image: geometry, then tone, then erasing; values end in [0, 1]. */
export function augmentImage(args: AugmentImageArgs): void {
  const { flip, angle, shiftX, shiftY, zoom } = args.augmentation;
  if (flip || angle !== 0 || shiftX !== 0 || shiftY !== 0 || zoom !== 1) {
    transformGeometry(args);
  } else {
    const size = args.height * args.width * args.channels;
    args.output.set(args.input.subarray(args.offset, args.offset + size), args.offset);
  }
  adjustTone(args);
  erase(args);
}
