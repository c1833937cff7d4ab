import sharp, { type Sharp } from 'sharp';
import {
  IMAGE_FORMAT_NAMES,
  SUPPORTED_IMAGE_FORMATS,
  isSupportedImageFormat,
  type ImageFormat,
} from './image-format.js';
import { InvalidInputError } from '../invalid-input-error.js';
import { sniffImageFormat } from './sniff-image-format.js';

/** Limits applied before any pixel is decoded. */
export interface ImageLimits {
  /** Largest accepted encoded size in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Largest accepted decoded size in pixels, against decompression bombs (default 40 megapixels). */
  maxPixels?: number;
}

/** A sharp pipeline over bytes whose format is known and accepted. */
export interface OpenedImage {
  image: Sharp;
  format: ImageFormat;
  maxPixels: number;
}

const ACCEPTED = SUPPORTED_IMAGE_FORMATS.map((format) => IMAGE_FORMAT_NAMES[format]).join(', ');

// Many small images are decoded one after another; sharp's cache only costs memory here.
sharp.cache(false);

function refuse(name: string): never {
  throw new InvalidInputError(`${name} images are not supported; send one of ${ACCEPTED}`);
}

/**
 * Checks the byte limit and the format (by magic bytes, so libvips never sees SVG, PDF or other
 * loaders' input) and opens a sharp pipeline that decodes only the first frame or page.
 */
export async function openImage(bytes: Uint8Array, limits: ImageLimits = {}): Promise<OpenedImage> {
  const { maxBytes = 20 * 1024 * 1024, maxPixels = 40_000_000 } = limits;
  if (bytes.byteLength === 0) throw new InvalidInputError('Image is empty');
  if (bytes.byteLength > maxBytes) {
    throw new InvalidInputError(`Image is ${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  }
  const sniffed = sniffImageFormat(bytes);
  if (sniffed === undefined) throw new InvalidInputError(`Not an image (expected one of ${ACCEPTED})`);
  if (!isSupportedImageFormat(sniffed)) refuse(IMAGE_FORMAT_NAMES[sniffed]);
  // pages: 1 decodes only the first frame of an animated GIF/WebP or the first page of a TIFF.
  const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', pages: 1, sequentialRead: true });
  if (sniffed === 'avif') {
    // A 'mif1' HEIF container may hold HEVC (HEIC); the prebuilt libvips decodes only AV1.
    const { compression } = await image.metadata().catch((error: unknown) => {
      throw new InvalidInputError(`Cannot read AVIF image: ${(error as Error).message}`, { cause: error });
    });
    if (compression !== undefined && compression !== 'av1') refuse(IMAGE_FORMAT_NAMES.heic);
  }
  return { image, format: sniffed, maxPixels };
}

/** Applies EXIF orientation, flattens alpha onto white and converts to grayscale or sRGB. */
export function uprightPixels(image: Sharp, colour: 'gray' | 'rgb'): Sharp {
  const flat = image.autoOrient().flatten({ background: '#ffffff' });
  return colour === 'gray' ? flat.grayscale() : flat.toColourspace('srgb');
}

/** Runs the pipeline to 8-bit raw pixels; decoding failures become InvalidInputError. */
export async function toRawPixels(
  opened: OpenedImage,
  pipeline: Sharp,
  channels: 1 | 3,
): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== channels) throw new Error(`decoded ${info.channels} channels, expected ${channels}`);
    return { data, width: info.width, height: info.height };
  } catch (error) {
    throw decodingError(opened, error);
  }
}

/** Wraps a sharp failure on user bytes as InvalidInputError naming the format. */
export function decodingError(opened: OpenedImage, error: unknown): InvalidInputError {
  const name = IMAGE_FORMAT_NAMES[opened.format];
  const message = (error as Error).message;
  return /pixel limit/i.test(message)
    ? new InvalidInputError(`${name} image exceeds the limit of ${opened.maxPixels} pixels`, { cause: error })
    : new InvalidInputError(`Cannot decode ${name} image: ${message}`, { cause: error });
}
