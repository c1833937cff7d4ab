import type { ResolvedAugmentOptions } from './augment-options.js';

/** The random choices for one image. */
export interface Augmentation {
  flip: boolean;
  /** Radians, clockwise. */
  angle: number;
  /** Shift as fractions of width and height. */
  shiftX: number;
  shiftY: number;
  zoom: number;
  brightness: number;
  contrast: number;
  /** Rectangle as fractions of the image, or null. */
  erase: { x: number; y: number; width: number; height: number } | null;
}

/** Random numbers drawn per image, whichever augmentations are on, so turning one off leaves the others' draws unchanged. */
export const DRAWS_PER_IMAGE = 12;

/** Positions of the draws, so `u[7]` is a number (noUncheckedIndexedAccess) and `u[12]` a type error. */
type DrawIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** Draws one image's augmentation from `random` (exactly DRAWS_PER_IMAGE calls). */
export function drawAugmentation(options: ResolvedAugmentOptions, random: () => number): Augmentation {
  const u = Array.from({ length: DRAWS_PER_IMAGE }, random) as unknown as Record<DrawIndex, number>;
  const symmetric = (value: number, max: number) => (2 * value - 1) * max;
  const { flip, rotation, shift, zoom, brightness, contrast, erasing } = options;
  let erase: Augmentation['erase'] = null;
  if (erasing && u[7] < erasing.probability) {
    const area = erasing.minArea + u[8] * (erasing.maxArea - erasing.minArea);
    // Log-uniform aspect ratio, so tall and wide rectangles are equally likely.
    const aspect = Math.exp(symmetric(u[9], Math.log(erasing.maxAspect)));
    const width = Math.min(1, Math.sqrt(area * aspect));
    const height = Math.min(1, Math.sqrt(area / aspect));
    erase = { x: u[10] * (1 - width), y: u[11] * (1 - height), width, height };
  }
  return {
    flip: flip !== null && u[0] < flip.probability,
    angle: rotation ? (symmetric(u[1], rotation.maxDegrees) * Math.PI) / 180 : 0,
    shiftX: shift ? symmetric(u[2], shift.maxFraction) : 0,
    shiftY: shift ? symmetric(u[3], shift.maxFraction) : 0,
    zoom: zoom ? 1 + symmetric(u[4], zoom.maxFraction) : 1,
    brightness: brightness ? symmetric(u[5], brightness.maxDelta) : 0,
    contrast: contrast ? 1 + symmetric(u[6], contrast.maxFraction) : 1,
    erase,
  };
}
