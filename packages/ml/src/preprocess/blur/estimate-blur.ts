import { gaussianBlur } from './gaussian-blur.js';
import { IMAGE_SIZE } from '../image/image-to-features.js';

/**
 * How blurred a set of square grayscale images is, as the sigma (in pixels) of the Gaussian blur
 * that best explains their mean power spectrum under the natural-image prior P(f) ~ 1/f^2.
 *
 * Why: a training set can be much softer than the photos a model later sees (the FER2013 train
 * split we develop on is blurred to sigma ~3 px while its test split is sharp, ~0.7 px). A model
 * trained on soft faces misreads sharp ones; blurring inputs to the training set's sharpness
 * before inference closes most of that gap.
 *
 * Fit: log P(k) + 2 log f = c - 4 pi^2 sigma^2 f^2 by least squares over radial frequency rings
 * k = 1..maxRing (cycles per image), from Hann-windowed, mean-subtracted images. Above ~8 cycles
 * per 48 px JPEG noise dominates blurred images, so the default stops there.
 */
export interface EstimateBlurOptions {
  /** Side of the square images (default 48). */
  size?: number;
  /** Highest radial frequency ring used, in cycles per image (default 8). */
  maxRing?: number;
}

function hann(size: number): Float64Array {
  const w = new Float64Array(size);
  for (let i = 0; i < size; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1));
  return w;
}

/**
 * Mean power of the images' 2-D DFT at the low frequencies the fit uses (|kx|, |ky| <= maxRing),
 * as a (2 maxRing + 1)^2 grid indexed by (ky + maxRing, kx + maxRing). Computing only those keeps
 * one 48x48 image at ~50k multiply-adds, cheap enough to run on every inference input.
 */
function lowFrequencyPower(images: readonly Float32Array[], size: number, maxRing: number): Float64Array {
  const window = hann(size);
  const span = 2 * maxRing + 1;
  const cos = new Float64Array(span * size);
  const sin = new Float64Array(span * size);
  for (let k = -maxRing; k <= maxRing; k++) {
    for (let n = 0; n < size; n++) {
      cos[(k + maxRing) * size + n] = Math.cos((2 * Math.PI * k * n) / size);
      sin[(k + maxRing) * size + n] = Math.sin((2 * Math.PI * k * n) / size);
    }
  }
  const power = new Float64Array(span * span);
  const x = new Float64Array(size * size);
  const rowRe = new Float64Array(size * span);
  const rowIm = new Float64Array(size * span);
  for (const image of images) {
    if (image.length !== size * size)
      throw new RangeError(`estimateBlurSigma: every image must have ${size * size} pixels, got ${image.length}`);
    let mean = 0;
    for (let i = 0; i < image.length; i++) mean += image[i] as number;
    mean /= image.length;
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++)
        x[r * size + c] = ((image[r * size + c] as number) - mean) * (window[r] as number) * (window[c] as number);
    for (let r = 0; r < size; r++) {
      for (let k = 0; k < span; k++) {
        let re = 0;
        let im = 0;
        for (let n = 0; n < size; n++) {
          const v = x[r * size + n] as number;
          re += v * (cos[k * size + n] as number);
          im -= v * (sin[k * size + n] as number);
        }
        rowRe[r * span + k] = re;
        rowIm[r * span + k] = im;
      }
    }
    for (let ky = 0; ky < span; ky++) {
      for (let kx = 0; kx < span; kx++) {
        let re = 0;
        let im = 0;
        for (let n = 0; n < size; n++) {
          const c = cos[ky * size + n] as number;
          const s = sin[ky * size + n] as number;
          const a = rowRe[n * span + kx] as number;
          const b = rowIm[n * span + kx] as number;
          re += a * c + b * s;
          im += b * c - a * s;
        }
        power[ky * span + kx] = (power[ky * span + kx] as number) + re * re + im * im;
      }
    }
  }
  return power;
}

/** Estimated Gaussian blur sigma in pixels (0 when the images look sharp); needs at least one image. */
export function estimateBlurSigma(images: readonly Float32Array[], options: EstimateBlurOptions = {}): number {
  const { size = 48, maxRing = 8 } = options;
  if (images.length === 0) throw new RangeError('estimateBlurSigma: needs at least one image');
  if (!(Number.isInteger(maxRing) && maxRing >= 3 && maxRing < size / 2))
    throw new RangeError(`estimateBlurSigma: maxRing must be an integer in [3, ${size / 2})`);
  const power = lowFrequencyPower(images, size, maxRing);
  const span = 2 * maxRing + 1;
  const sums = new Float64Array(maxRing + 1);
  const counts = new Float64Array(maxRing + 1);
  for (let ky = -maxRing; ky <= maxRing; ky++) {
    for (let kx = -maxRing; kx <= maxRing; kx++) {
      const ring = Math.round(Math.hypot(ky, kx));
      if (ring < 1 || ring > maxRing) continue;
      sums[ring] = (sums[ring] as number) + (power[(ky + maxRing) * span + kx + maxRing] as number);
      counts[ring] = (counts[ring] as number) + 1;
    }
  }
  // Least squares of y = a + b * u with u = -4 pi^2 f^2; sigma^2 = b.
  let n = 0,
    su = 0,
    sy = 0,
    suu = 0,
    suy = 0;
  for (let ring = 1; ring <= maxRing; ring++) {
    const p = (sums[ring] as number) / (counts[ring] as number);
    if (!(p > 0)) continue;
    const f = ring / size;
    const u = -4 * Math.PI * Math.PI * f * f;
    const y = Math.log(p) + 2 * Math.log(f);
    n += 1;
    su += u;
    sy += y;
    suu += u * u;
    suy += u * y;
  }
  if (n < 3) return 0; // flat images: nothing to measure
  const slope = (n * suy - su * sy) / (n * suu - su * su);
  return slope > 0 ? Math.sqrt(slope) : 0;
}

/** How many images a dataset's blur is estimated from: a few hundred already give +-0.05 px. */
export const BLUR_SAMPLE_SIZE = 1024;

/** estimateBlurSigma of 48x48 images rounded to 0.01 px, the precision models and metrics record. */
export function recordedBlurSigma(images: readonly Float32Array[]): number {
  return Math.round(estimateBlurSigma(images, { size: IMAGE_SIZE }) * 100) / 100;
}

/**
 * Blurs one image just enough to look as soft as a training set blurred by `trainingSigma`:
 * Gaussian blurs add in quadrature, so an input already blurred by s gets sqrt(trainingSigma^2 - s^2)
 * more (none when it is at least as soft). Inputs from the training distribution pass nearly unchanged.
 */
export function matchTrainingBlur(image: Float32Array, size: number, trainingSigma: number): Float32Array {
  const own = estimateBlurSigma([image], { size });
  const extra = Math.sqrt(Math.max(0, trainingSigma * trainingSigma - own * own));
  return extra >= 0.5 ? gaussianBlur(image, size, extra) : image;
}
