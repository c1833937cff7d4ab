import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngHeaderOnly, twoColourImage } from '../../testing/encode-image.js';
import { IMAGE_SIZE, imageToFeatures } from './image-to-features.js';
import { InvalidInputError } from '../invalid-input-error.js';

/** A width x height RGB image: left half black, right half white. */
async function halves(width: number, height: number, format: 'png' | 'jpeg'): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = Math.floor(width / 2); x < width; x++) pixels.fill(255, (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

const at = (features: Float32Array, x: number, y: number) => features[y * IMAGE_SIZE + x] as number;

describe('imageToFeatures', () => {
  describe('when given a PNG', () => {
    it('returns 48*48 floats in [0, 1] keeping the image layout', async () => {
      const features = await imageToFeatures(await halves(96, 96, 'png'));
      expect(features).toHaveLength(IMAGE_SIZE * IMAGE_SIZE);
      expect(Math.min(...features)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...features)).toBeLessThanOrEqual(1);
      expect(at(features, 5, 24)).toBeLessThan(0.05);
      expect(at(features, 42, 24)).toBeGreaterThan(0.95);
    });
  });

  describe('when given a JPEG that is not square', () => {
    it('crops the centre to fill the square', async () => {
      // 192x48: cover keeps the middle 48x48, which spans the black/white edge at its centre.
      const features = await imageToFeatures(await halves(192, 48, 'jpeg'));
      expect(at(features, 4, 24)).toBeLessThan(0.1);
      expect(at(features, 44, 24)).toBeGreaterThan(0.9);
    });
  });

  describe('when the image has an EXIF orientation', () => {
    it('rotates it upright first', async () => {
      // Orientation 3 means "rotate 180 degrees": black-left becomes black-right.
      const rotated = await sharp(await halves(64, 64, 'jpeg'))
        .withMetadata({ orientation: 3 })
        .jpeg()
        .toBuffer();
      const features = await imageToFeatures(rotated);
      expect(at(features, 5, 24)).toBeGreaterThan(0.9);
      expect(at(features, 42, 24)).toBeLessThan(0.1);
    });
  });

  describe('when the image has transparency', () => {
    it('flattens it onto white', async () => {
      const transparent = await sharp({
        create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
      })
        .png()
        .toBuffer();
      const features = await imageToFeatures(transparent);
      expect(Math.min(...features)).toBeGreaterThan(0.99);
    });
  });

  describe('when the bytes are not an image', () => {
    it('throws InvalidInputError', async () => {
      const error = await imageToFeatures(new TextEncoder().encode('definitely not a picture')).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
    });
  });

  describe('when the image is truncated', () => {
    it.each(['png', 'jpeg'] as const)('throws InvalidInputError for %s', async (format) => {
      const image = await halves(64, 64, format);
      await expect(imageToFeatures(image.subarray(0, image.length / 2))).rejects.toBeInstanceOf(InvalidInputError);
    });
  });

  describe('when the image exceeds the pixel limit', () => {
    it('throws InvalidInputError', async () => {
      await expect(imageToFeatures(await halves(64, 64, 'png'), { maxPixels: 1000 })).rejects.toThrow(
        InvalidInputError,
      );
    });
  });

  describe('when the header declares a decompression bomb', () => {
    it('throws InvalidInputError without decoding it', async () => {
      await expect(imageToFeatures(pngHeaderOnly(50_000, 50_000))).rejects.toThrow(
        /exceeds the limit of 40000000 pixels/,
      );
    });
  });

  describe('when given each supported format', () => {
    it.each(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif'] as const)('decodes %s', async (format) => {
      const bytes = await twoColourImage({ width: 96, height: 96, left: [0, 0, 0], right: [255, 255, 255] }, format);
      const features = await imageToFeatures(bytes);
      expect(at(features, 5, 24)).toBeLessThan(0.1);
      expect(at(features, 42, 24)).toBeGreaterThan(0.9);
    });
  });

  describe('when the bytes are an SVG', () => {
    it('throws InvalidInputError naming the format', async () => {
      const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"/>');
      await expect(imageToFeatures(svg)).rejects.toThrow(/^SVG images are not supported/);
    });
  });

  describe('when the input is empty or too large', () => {
    it('throws InvalidInputError', async () => {
      await expect(imageToFeatures(new Uint8Array(0))).rejects.toThrow(/empty/);
      await expect(imageToFeatures(new Uint8Array(100), { maxBytes: 10 })).rejects.toThrow(/limit is 10/);
    });
  });
});
