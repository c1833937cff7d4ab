import { describe, expect, it } from 'vitest';
import { fixLength } from './fix-length.js';
import type { Spectrogram } from './spectrogram.js';

/** Frames numbered 1..frames, two bins each: frame t holds [t, t]. */
function numbered(frames: number): Spectrogram {
  return { data: Float32Array.from({ length: frames * 2 }, (_, i) => Math.floor(i / 2) + 1), frames, melBins: 2 };
}

const firstFrames = (spec: Spectrogram) => Array.from({ length: spec.frames }, (_, t) => spec.data[t * 2]);

describe('fixLength', () => {
  describe('when the spectrogram is longer than the target', () => {
    it('keeps the middle frames in centre mode', () => {
      expect(firstFrames(fixLength(numbered(10), { frames: 4 }))).toEqual([4, 5, 6, 7]);
    });

    it('keeps the first frames in start mode', () => {
      expect(firstFrames(fixLength(numbered(10), { frames: 4, mode: 'start' }))).toEqual([1, 2, 3, 4]);
    });

    it('crops at a seeded random offset', () => {
      const crops = [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => firstFrames(fixLength(numbered(10), { frames: 4, mode: 'random', seed }))[0],
      );
      expect(crops).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8].map(
          (seed) => firstFrames(fixLength(numbered(10), { frames: 4, mode: 'random', seed }))[0],
        ),
      );
      expect(new Set(crops).size).toBeGreaterThan(2);
      expect(Math.min(...(crops as number[]))).toBeGreaterThanOrEqual(1);
      expect(Math.max(...(crops as number[]))).toBeLessThanOrEqual(7);
    });
  });

  describe('when the spectrogram is shorter than the target', () => {
    it('pads both sides with padValue in centre mode', () => {
      const padded = fixLength(numbered(2), { frames: 5, padValue: -9 });
      expect(firstFrames(padded)).toEqual([-9, 1, 2, -9, -9]);
      expect(padded.data).toHaveLength(10);
    });
  });

  describe('when the length already matches', () => {
    it('returns an equal copy', () => {
      const input = numbered(3);
      const out = fixLength(input, { frames: 3, mode: 'random', seed: 1 });
      expect(out.data).toEqual(input.data);
      expect(out.data).not.toBe(input.data);
    });
  });

  describe('when the options are invalid', () => {
    it('throws a RangeError naming the problem', () => {
      expect(() => fixLength(numbered(3), { frames: 0 })).toThrow(/frames/);
      expect(() => fixLength(numbered(3), { frames: 2, mode: 'random' })).toThrow(/seed/);
    });
  });
});
