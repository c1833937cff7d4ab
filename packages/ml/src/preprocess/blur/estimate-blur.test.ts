import { describe, expect, it } from 'vitest';
import { estimateBlurSigma, matchTrainingBlur } from './estimate-blur.js';
import { naturalImages } from '../../testing/natural-images.js';
import { gaussianBlur } from './gaussian-blur.js';

const SIZE = 48;

describe('estimateBlurSigma', () => {
  const sharp = naturalImages(24, 7);

  describe('when images are blurred by a known Gaussian', () => {
    it('recovers sigmas up to 3 px within 0.3 px, ranks stronger blurs higher, and sees unblurred images as sharp', () => {
      expect(estimateBlurSigma(sharp)).toBeLessThan(1);
      const estimates = [1.5, 2, 2.5, 3, 3.5, 4].map(
        (sigma) => [sigma, estimateBlurSigma(sharp.map((image) => gaussianBlur(image, SIZE, sigma)))] as const,
      );
      for (const [sigma, estimate] of estimates.slice(0, 4)) expect(Math.abs(estimate - sigma)).toBeLessThan(0.3);
      // Beyond ~3 px the window's leakage flattens the fit: still increasing, but under-estimated.
      for (let i = 1; i < estimates.length; i++) expect(estimates[i]![1]).toBeGreaterThan(estimates[i - 1]![1]);
    });
  });

  describe('when given nothing usable', () => {
    it('throws for no images or a wrong size, and returns 0 for flat ones', () => {
      expect(() => estimateBlurSigma([])).toThrow(/at least one image/);
      expect(() => estimateBlurSigma([new Float32Array(10)])).toThrow(/2304 pixels/);
      expect(estimateBlurSigma([new Float32Array(SIZE * SIZE).fill(0.5)])).toBe(0);
    });
  });
});

describe('matchTrainingBlur', () => {
  const [image] = naturalImages(1, 11) as [Float32Array];

  describe('when the input is sharper than the training set', () => {
    it('blurs it to about the training softness', () => {
      const matched = matchTrainingBlur(image, SIZE, 3);
      expect(Math.abs(estimateBlurSigma([matched]) - 3)).toBeLessThan(0.5);
    });
  });

  describe('when the input is already as soft as the training set', () => {
    it('returns it unchanged', () => {
      const soft = gaussianBlur(image, SIZE, 3.5);
      expect(matchTrainingBlur(soft, SIZE, 3)).toBe(soft);
    });
  });
});

describe('gaussianBlur', () => {
  it('keeps a constant image constant (edges repeated) and the mean of any image about equal', () => {
    const flat = gaussianBlur(new Float32Array(SIZE * SIZE).fill(0.25), SIZE, 2);
    expect(Math.max(...flat.map((v) => Math.abs(v - 0.25)))).toBeLessThan(1e-6);
    const [image] = naturalImages(1, 3) as [Float32Array];
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(Math.abs(mean(gaussianBlur(image, SIZE, 2)) - mean(image))).toBeLessThan(0.01);
    expect(gaussianBlur(image, SIZE, 0)).toEqual(image);
  });
});
