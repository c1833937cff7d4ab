import { describe, expect, it } from 'vitest';
import { decodeFeatures, encodeFeatures } from './feature-encoding.js';

describe('encodeFeatures', () => {
  describe('when every value is a pixel level', () => {
    it('stores one byte per value and decodes bit-exactly', () => {
      const pixels = Float32Array.from([0, 1, 17, 128, 255], (p) => p / 255);
      const { encoding, data } = encodeFeatures(pixels);
      expect(encoding).toBe('u8');
      expect(data.length).toBe(5);
      expect(decodeFeatures(encoding, data)).toEqual(pixels);
    });
  });

  describe('when values are arbitrary floats', () => {
    it('stores float32 and decodes bit-exactly', () => {
      const values = Float32Array.from([0.1234, -3.5, 1e-7, 42]);
      const { encoding, data } = encodeFeatures(values);
      expect(encoding).toBe('f32');
      expect(decodeFeatures(encoding, data.subarray(0))).toEqual(values);
    });
  });
});
