import { describe, expect, it } from 'vitest';
import { alignFace, FER_FACE_TEMPLATE } from './align-face.js';
import type { Point, RasterImage } from './face-types.js';

/** A light 200x200 image with dark discs at the two eyes and the mouth, and 68 matching landmarks. */
function syntheticFace(tiltDegrees: number): { image: RasterImage; landmarks: Point[] } {
  const angle = (tiltDegrees * Math.PI) / 180;
  const turn = (dx: number, dy: number): Point => ({
    x: 100 + dx * Math.cos(angle) - dy * Math.sin(angle),
    y: 100 + dx * Math.sin(angle) + dy * Math.cos(angle),
  });
  const leftEye = turn(-30, -30);
  const rightEye = turn(30, -30);
  const mouth = turn(0, 31.5); // FER proportions: eye-mouth distance 0.41 / 0.40 of the eye distance
  const data = new Uint8Array(200 * 200).fill(220);
  for (let y = 0; y < 200; y++) {
    for (let x = 0; x < 200; x++) {
      if ([leftEye, rightEye, mouth].some((p) => Math.hypot(x + 0.5 - p.x, y + 0.5 - p.y) < 6)) data[y * 200 + x] = 20;
    }
  }
  const landmarks = Array.from({ length: 68 }, (_, i) =>
    i >= 36 && i < 42 ? leftEye : i >= 42 && i < 48 ? rightEye : i >= 48 ? mouth : turn(0, 0),
  );
  return { image: { data, width: 200, height: 200, channels: 1 }, landmarks };
}

/** Centre (in continuous pixel coordinates) of the dark pixels inside a window. */
const darkCentre = (pixels: Float32Array, x0: number, x1: number, y0: number, y1: number) => {
  let sum = 0;
  let sx = 0;
  let sy = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const weight = Math.max(0, 0.6 - (pixels[y * 48 + x] as number));
      sum += weight;
      sx += weight * (x + 0.5);
      sy += weight * (y + 0.5);
    }
  }
  return { x: sx / sum, y: sy / sum };
};

describe('alignFace', () => {
  describe.each([0, 30, -20])('when the face is tilted %i degrees', (tilt) => {
    it('levels the eyes and puts them and the mouth where FER2013 has them', () => {
      const { image, landmarks } = syntheticFace(tilt);
      const pixels = alignFace({ image, face: { box: { x: 50, y: 50, width: 100, height: 100 }, landmarks } });
      expect(pixels).toHaveLength(48 * 48);
      const left = darkCentre(pixels, 0, 24, 8, 28);
      const right = darkCentre(pixels, 24, 48, 8, 28);
      const mouth = darkCentre(pixels, 12, 36, 30, 46);
      expect(Math.abs(left.y - right.y)).toBeLessThan(0.5);
      expect(Math.abs(left.y - FER_FACE_TEMPLATE.eyeY * 48)).toBeLessThan(1);
      expect(Math.abs(right.x - left.x - FER_FACE_TEMPLATE.eyeDistance * 48)).toBeLessThan(1);
      expect(Math.abs(mouth.y - FER_FACE_TEMPLATE.mouthY * 48)).toBeLessThan(1);
      expect(Math.abs(mouth.x - 24)).toBeLessThan(1);
    });
  });

  describe('when the landmarks collapse to a point', () => {
    it('falls back to the square around the box', () => {
      const { image } = syntheticFace(0);
      const landmarks = Array.from({ length: 68 }, () => ({ x: 100, y: 100 }));
      const pixels = alignFace({ image, face: { box: { x: 0, y: 0, width: 200, height: 200 }, landmarks } });
      expect(Math.min(...pixels)).toBeLessThan(0.5); // the whole synthetic face, discs included
    });
  });

  describe('when options are out of range', () => {
    it('throws a RangeError naming them', () => {
      const { image, landmarks } = syntheticFace(0);
      const face = { box: { x: 0, y: 0, width: 10, height: 10 }, landmarks };
      expect(() => alignFace({ image, face, size: 0 })).toThrow(/size/);
      expect(() => alignFace({ image, face, margin: -1 })).toThrow(/margin/);
    });
  });
});
