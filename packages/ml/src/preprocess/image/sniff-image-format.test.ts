import { describe, expect, it } from 'vitest';
import { twoColourImage } from '../../testing/encode-image.js';
import { sniffImageFormat } from './sniff-image-format.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('sniffImageFormat', () => {
  describe('when given images sharp wrote', () => {
    it.each(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif'] as const)('names %s', async (format) => {
      const image = await twoColourImage({ width: 8, height: 8, left: [0, 0, 0], right: [255, 255, 255] }, format);
      expect(sniffImageFormat(image)).toBe(format);
    });
  });

  describe('when given headers of formats we refuse', () => {
    it.each([
      ['heic', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
      ['bmp', bytes('BM', [0, 0, 0, 0])],
      ['psd', bytes('8BPS', [0, 1])],
      ['jxl', bytes([0xff, 0x0a, 0, 0])],
      ['pdf', bytes('%PDF-1.4')],
      ['svg', bytes('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ])('names %s', (format, header) => {
      expect(sniffImageFormat(header)).toBe(format);
    });
  });

  describe('when the bytes are no image', () => {
    it('returns undefined', () => {
      expect(sniffImageFormat(bytes('hello world'))).toBeUndefined();
      expect(sniffImageFormat(new Uint8Array(0))).toBeUndefined();
    });
  });
});
