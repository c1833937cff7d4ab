import { describe, expect, it } from 'vitest';
import type { RasterImage } from './face-types.js';
import { sampleAffine } from './sample-affine.js';

const gray = (width: number, height: number, pixel: (x: number, y: number) => number): RasterImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = pixel(x, y);
  return { data, width, height, channels: 1 };
};

describe('sampleAffine', () => {
  describe('when the transform is the identity', () => {
    it('returns the source pixels', () => {
      const source = gray(5, 4, (x, y) => x * 10 + y);
      const out = sampleAffine({ source, width: 5, height: 4, transform: [1, 0, 0, 0, 1, 0], fill: 0 });
      expect(Array.from(out)).toEqual(Array.from(source.data));
    });
  });

  describe('when shrinking a fine checkerboard', () => {
    it('averages it to flat gray instead of aliasing', () => {
      const source = gray(64, 64, (x, y) => ((x + y) % 2) * 255);
      const out = sampleAffine({ source, width: 8, height: 8, transform: [8, 0, 0, 0, 8, 0], fill: 'edge' });
      for (const value of out) expect(value).toBeCloseTo(127.5, 0);
    });
  });

  describe('when sampling beyond the source', () => {
    it("uses the fill value, or repeats the border for 'edge'", () => {
      const source = gray(2, 2, () => 200);
      const shifted = [1, 0, 10, 0, 1, 10] as const;
      expect(Array.from(sampleAffine({ source, width: 2, height: 2, transform: shifted, fill: 7 }))).toEqual([
        7, 7, 7, 7,
      ]);
      expect(Array.from(sampleAffine({ source, width: 2, height: 2, transform: shifted, fill: 'edge' }))).toEqual([
        200, 200, 200, 200,
      ]);
    });
  });

  describe('when the source has three channels', () => {
    it('keeps them interleaved', () => {
      const source: RasterImage = { data: new Uint8Array([10, 20, 30, 10, 20, 30]), width: 2, height: 1, channels: 3 };
      const out = sampleAffine({ source, width: 1, height: 1, transform: [2, 0, 0, 0, 1, 0], fill: 'edge' });
      expect(Array.from(out)).toEqual([10, 20, 30]);
    });
  });
});
