import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { animatedImage, pngHeaderOnly, twoColourImage, type Rgb } from '../../testing/encode-image.js';
import { decodeImage, type DecodedImage } from './decode-image.js';
import { InvalidInputError } from '../invalid-input-error.js';

const RED: Rgb = [220, 20, 20];
const BLUE: Rgb = [20, 20, 220];
const pixel = (image: DecodedImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * image.channels, (y * image.width + x + 1) * image.channels));

function expectColour(actual: number[], expected: Rgb, tolerance: number): void {
  actual.forEach((value, i) => expect(Math.abs(value - (expected[i] as number))).toBeLessThanOrEqual(tolerance));
}

describe('decodeImage', () => {
  describe('when given each supported format', () => {
    it.each([
      ['jpeg', 40],
      ['png', 0],
      ['webp', 0],
      ['gif', 12],
      ['tiff', 0],
      ['avif', 40],
    ] as const)('decodes %s to upright sRGB pixels', async (format, tolerance) => {
      const image = await decodeImage(await twoColourImage({ width: 64, height: 48, left: RED, right: BLUE }, format));
      expect(image).toMatchObject({ width: 64, height: 48, channels: 3, format, sourceWidth: 64, sourceHeight: 48 });
      expect(image.data).toHaveLength(64 * 48 * 3);
      expectColour(pixel(image, 8, 24), RED, tolerance);
      expectColour(pixel(image, 56, 24), BLUE, tolerance);
    });
  });

  describe('when the image is animated', () => {
    it.each(['gif', 'webp'] as const)('decodes only the first frame of a %s', async (format) => {
      const image = await decodeImage(await animatedImage([RED, BLUE, [20, 220, 20]], format));
      expect([image.width, image.height]).toEqual([16, 16]);
      expectColour(pixel(image, 8, 8), RED, 12);
    });
  });

  describe('when the image has an EXIF orientation', () => {
    it('rotates it upright and reports the upright size', async () => {
      const stored = await twoColourImage({ width: 64, height: 32, left: RED, right: BLUE }, 'png');
      // Orientation 6: display rotated 90 degrees clockwise, so the left half ends up on top.
      const image = await decodeImage(await sharp(stored).withMetadata({ orientation: 6 }).png().toBuffer());
      expect(image).toMatchObject({ width: 32, height: 64, sourceWidth: 32, sourceHeight: 64 });
      expectColour(pixel(image, 16, 8), RED, 0);
      expectColour(pixel(image, 16, 56), BLUE, 0);
    });
  });

  describe('when the image has transparency', () => {
    it('flattens it onto white', async () => {
      const clear = await sharp({
        create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
      })
        .png()
        .toBuffer();
      expect(Math.min(...(await decodeImage(clear)).data)).toBe(255);
    });
  });

  describe('when grayscale is asked for', () => {
    it('returns one channel per pixel', async () => {
      const image = await decodeImage(await twoColourImage({ width: 8, height: 8, left: RED, right: BLUE }, 'png'), {
        colour: 'gray',
      });
      expect(image.channels).toBe(1);
      expect(image.data).toHaveLength(64);
    });
  });

  describe('when the image is 16-bit or CMYK', () => {
    it('returns 8-bit sRGB', async () => {
      const source = await twoColourImage({ width: 16, height: 16, left: RED, right: BLUE }, 'png');
      const deep = await sharp(source).toColourspace('rgb16').png().toBuffer();
      const cmyk = await sharp(source).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
      for (const bytes of [deep, cmyk]) {
        const image = await decodeImage(bytes);
        expect(image.data).toHaveLength(16 * 16 * 3);
        expectColour(pixel(image, 2, 8), RED, 45);
      }
    });
  });

  describe('when maxSide is set', () => {
    it('shrinks to fit and keeps the source size', async () => {
      const image = await decodeImage(
        await twoColourImage({ width: 400, height: 200, left: RED, right: BLUE }, 'png'),
        {
          maxSide: 100,
        },
      );
      expect(image).toMatchObject({ width: 100, height: 50, sourceWidth: 400, sourceHeight: 200 });
    });

    it('never enlarges', async () => {
      const image = await decodeImage(await twoColourImage({ width: 40, height: 20, left: RED, right: BLUE }, 'png'), {
        maxSide: 100,
      });
      expect([image.width, image.height]).toEqual([40, 20]);
    });
  });

  describe('when the header declares more pixels than the limit', () => {
    it('throws InvalidInputError before decoding', async () => {
      const bomb = pngHeaderOnly(50_000, 50_000);
      expect(bomb.length).toBeLessThan(100);
      await expect(decodeImage(bomb)).rejects.toThrow(/50000x50000 pixels; the limit is 40000000/);
      await expect(decodeImage(bomb)).rejects.toBeInstanceOf(InvalidInputError);
    });
  });

  describe('when the bytes are in a format we refuse', () => {
    it.each([
      ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')],
      ['BMP', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)])],
      ['HEIC', Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')])],
      ['PDF', Buffer.from('%PDF-1.7\n%\xff\xff\n')],
    ])('throws InvalidInputError naming %s', async (name, bytes) => {
      const error = await decodeImage(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(new RegExp(`^${name} images are not supported; send one of JPEG, PNG`));
    });
  });

  describe('when the bytes are not an image', () => {
    it('throws InvalidInputError', async () => {
      await expect(decodeImage(new TextEncoder().encode('just text'))).rejects.toThrow(/Not an image/);
    });
  });

  describe('when the image is truncated', () => {
    it.each(['jpeg', 'png', 'webp'] as const)('throws InvalidInputError naming %s', async (format) => {
      const bytes = await twoColourImage({ width: 64, height: 64, left: RED, right: BLUE }, format);
      const error = await decodeImage(bytes.subarray(0, bytes.length / 2)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(/Cannot (read|decode) (JPEG|PNG|WebP|jpeg|png|webp)/);
    });
  });

  describe('when maxSide is not a positive integer', () => {
    it('throws a RangeError naming it', async () => {
      await expect(decodeImage(Buffer.from('x'), { maxSide: 0 })).rejects.toThrow(/maxSide/);
    });
  });
});
