import { describe, expect, it } from 'vitest';
import { createImageAugmenter } from './augment-image-batch.js';
import { DEFAULT_AUGMENT_OPTIONS, onlyAugmentations, resolveAugmentOptions } from './augment-options.js';

describe('resolveAugmentOptions', () => {
  describe('when nothing is given', () => {
    it('returns the defaults', () => {
      expect(resolveAugmentOptions()).toEqual(DEFAULT_AUGMENT_OPTIONS);
    });
  });

  describe('when an augmentation is false or partly set', () => {
    it('turns it off, or fills the rest of it from the defaults', () => {
      const resolved = resolveAugmentOptions({ flip: false, erasing: { probability: 1 } });
      expect(resolved.flip).toBeNull();
      expect(resolved.erasing).toEqual({ ...DEFAULT_AUGMENT_OPTIONS.erasing, probability: 1 });
    });
  });

  describe('when an option is invalid', () => {
    it.each([
      [{ flip: { probability: 2 } }, /flip.probability/],
      [{ rotation: { maxDegrees: -1 } }, /rotation.maxDegrees/],
      [{ zoom: { maxFraction: 1 } }, /zoom.maxFraction/],
      [{ erasing: { minArea: 0.5, maxArea: 0.1 } }, /erasing.maxArea/],
      [{ erasing: { fill: 2 } }, /erasing.fill/],
      [{ fillMode: 'wrap' as 'reflect' }, /fillMode/],
      [{ blur: { maxSigma: 9 } }, /blur.maxSigma/],
      [{ noise: { probability: -0.1 } }, /noise.probability/],
    ])('throws a RangeError naming it (%o)', (options, field) => {
      expect(() => resolveAugmentOptions(options)).toThrow(field);
      expect(() => createImageAugmenter(options)).toThrow(RangeError);
    });
  });

  describe('when only some augmentations are named', () => {
    it('turns exactly those on, with their defaults, and refuses unknown names', () => {
      const resolved = resolveAugmentOptions(onlyAugmentations(['flip', 'shift']));
      expect(resolved.flip).toEqual(DEFAULT_AUGMENT_OPTIONS.flip);
      expect(resolved.shift).toEqual(DEFAULT_AUGMENT_OPTIONS.shift);
      expect([
        resolved.rotation,
        resolved.zoom,
        resolved.brightness,
        resolved.contrast,
        resolved.erasing,
        resolved.blur,
        resolved.noise,
      ]).toEqual([null, null, null, null, null, null, null]);
      expect(() => onlyAugmentations(['flip', 'wings'])).toThrow(/Unknown augmentation 'wings'/);
    });
  });
});
