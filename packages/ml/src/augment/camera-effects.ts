import type { ResolvedAugmentOptions } from './augment-options.js';

/** The random camera effects for one image (0: off). */
export interface CameraEffects {
  /** Gaussian blur sigma in pixels. */
  blurSigma: number;
  /** Gaussian noise sigma in [0, 1] pixel units. */
  noiseSigma: number;
}

/** Draws one image's camera effects from `random` (always 4 calls, so turning one off leaves the other's draws unchanged). */
export function drawCameraEffects(options: ResolvedAugmentOptions, random: () => number): CameraEffects {
  const [blurOn, blurAmount, noiseOn, noiseAmount] = [random(), random(), random(), random()];
  const { blur, noise } = options;
  return {
    blurSigma: blur && blurOn < blur.probability ? 0.3 + blurAmount * (blur.maxSigma - 0.3) : 0,
    noiseSigma: noise && noiseOn < noise.probability ? noiseAmount * noise.maxSigma : 0,
  };
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.exp((-i * i) / (2 * sigma * sigma));
  for (let i = 0; i < kernel.length; i++) kernel[i]! /= sum;
  return kernel;
}

/** Separable Gaussian blur of one single-channel image in place, edges repeated (what a camera's optics do to the face). */
function blurInPlace(pixels: Float32Array, height: number, width: number, sigma: number): void {
  const kernel = gaussianKernel(sigma);
  const radius = (kernel.length - 1) / 2;
  const rows = new Float32Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++)
        sum += kernel[k + radius]! * pixels[y * width + Math.min(width - 1, Math.max(0, x + k))]!;
      rows[y * width + x] = sum;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++)
        sum += kernel[k + radius]! * rows[Math.min(height - 1, Math.max(0, y + k)) * width + x]!;
      pixels[y * width + x] = sum;
    }
  }
}

/** One standard normal draw (Box-Muller). */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Blurs, then adds noise to, one image of an NHWC batch in place (each channel on its own), values
 * clamped to [0, 1]. `random` feeds the noise pixels: a stream of its own, since their count varies.
 */
export function applyCameraEffects(args: {
  output: Float32Array;
  offset: number;
  height: number;
  width: number;
  channels: number;
  effects: CameraEffects;
  random: () => number;
}): void {
  const { output, offset, height, width, channels, effects, random } = args;
  if (effects.blurSigma === 0 && effects.noiseSigma === 0) return;
  const plane = new Float32Array(height * width);
  for (let k = 0; k < channels; k++) {
    for (let i = 0; i < plane.length; i++) plane[i] = output[offset + i * channels + k]!;
    if (effects.blurSigma > 0) blurInPlace(plane, height, width, effects.blurSigma);
    for (let i = 0; i < plane.length; i++) {
      const value = plane[i]! + (effects.noiseSigma > 0 ? effects.noiseSigma * gaussian(random) : 0);
      output[offset + i * channels + k] = value < 0 ? 0 : Math.min(value, 1);
    }
  }
}
