import sharp from 'sharp';
import type { ImageFormat } from './image-format.js';
import { InvalidInputError } from '../invalid-input-error.js';
import { decodingError, openImage, toRawPixels, uprightPixels, type ImageLimits } from './open-image.js';

/** Options for {@link decodeImage}. */
export interface DecodeImageOptions extends ImageLimits {
  /** 'gray' gives one channel, 'rgb' three (default 'rgb'). */
  colour?: 'gray' | 'rgb';
  /** Shrink (never enlarge) to fit inside this many pixels on the longer side, keeping the aspect ratio. */
  maxSide?: number;
}

/** Decoded pixels, 8 bits per channel, row-major, upright. */
export interface DecodedImage {
  /** width * height * channels bytes. */
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 3;
  /** The format the bytes were in. */
  format: ImageFormat;
  /** Upright size of the encoded image, before any shrinking; width / sourceWidth is the scale. */
  sourceWidth: number;
  sourceHeight: number;
}

/**
 * Decodes JPEG, PNG, WebP, GIF (first frame), TIFF (first page) or AVIF into 8-bit pixels: EXIF
 * orientation applied, alpha flattened onto white, sRGB or grayscale, optionally shrunk. Anything
 * else, and anything over the byte or pixel limits, throws InvalidInputError.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeImageOptions = {}): Promise<DecodedImage> {
  const { colour = 'rgb', maxSide } = options;
  if (maxSide !== undefined && !(Number.isInteger(maxSide) && maxSide > 0)) {
    throw new RangeError(`maxSide must be a positive integer, got ${maxSide}`);
  }
  const opened = await openImage(bytes, options);
  // No pixel limit on this read: the header alone says how large the image is.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw decodingError(opened, error);
    });
  const { width: sourceWidth, height: sourceHeight } = meta.autoOrient;
  if (sourceWidth * sourceHeight > opened.maxPixels) {
    throw new InvalidInputError(`Image is ${sourceWidth}x${sourceHeight} pixels; the limit is ${opened.maxPixels}`);
  }
  let pipeline = uprightPixels(opened.image, colour);
  if (maxSide !== undefined) pipeline = pipeline.resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true });
  const channels = colour === 'gray' ? 1 : 3;
  const { data, width, height } = await toRawPixels(opened, pipeline, channels);
  return { data, width, height, channels, format: opened.format, sourceWidth, sourceHeight };
}
