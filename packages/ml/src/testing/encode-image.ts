import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Formats sharp can write that decodeImage accepts. */
export type EncodableFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'avif';

/** An RGB colour, 0..255 per channel. */
export type Rgb = readonly [number, number, number];

/** Options for {@link twoColourImage}. */
export interface TwoColourImageOptions {
  width: number;
  height: number;
  /** Colour of the left half. */
  left: Rgb;
  /** Colour of the right half. */
  right: Rgb;
}

/** Raw RGB pixels: left half one colour, right half another. */
export function twoColourPixels(options: TwoColourImageOptions): Buffer {
  const { width, height, left, right } = options;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set(x < width / 2 ? left : right, (y * width + x) * 3);
  }
  return pixels;
}

/** A left/right two-colour image encoded in `format` (lossless where the format allows). */
export async function twoColourImage(options: TwoColourImageOptions, format: EncodableFormat): Promise<Buffer> {
  const raw = { width: options.width, height: options.height, channels: 3 as const };
  const image = sharp(twoColourPixels(options), { raw });
  if (format === 'webp') return image.webp({ lossless: true }).toBuffer();
  if (format === 'avif') return image.avif({ quality: 90, chromaSubsampling: '4:4:4' }).toBuffer();
  if (format === 'tiff') return image.tiff({ compression: 'lzw' }).toBuffer();
  return image.toFormat(format).toBuffer();
}

/** An animated image whose frames are solid colours, in order. */
export async function animatedImage(frames: readonly Rgb[], format: 'gif' | 'webp', size = 16): Promise<Buffer> {
  const pixels = Buffer.alloc(size * size * 3 * frames.length);
  frames.forEach((colour, frame) => {
    for (let i = 0; i < size * size; i++) pixels.set(colour, (frame * size * size + i) * 3);
  });
  const image = sharp(pixels, { raw: { width: size, height: size * frames.length, channels: 3, pageHeight: size } });
  return (format === 'gif' ? image.gif() : image.webp({ lossless: true })).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG header declaring width x height RGB pixels with (almost) no pixel data: a decompression bomb's shape. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
