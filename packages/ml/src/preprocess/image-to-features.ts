import sharp, { type OutputInfo } from 'sharp';
import { InvalidInputError } from './invalid-input-error.js';

/** Side length of the square grayscale images every image model reads. */
export const IMAGE_SIZE = 48;

/** Limits for {@link imageToFeatures}. */
export interface ImageToFeaturesOptions {
  /** Largest accepted encoded size in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Largest accepted decoded size in pixels (default 40 megapixels). */
  maxPixels?: number;
}

// Many small images are decoded one after another; sharp's cache only costs memory here.
sharp.cache(false);

/**
 * Decodes any image sharp reads (EXIF orientation honoured, alpha flattened onto white),
 * converts it to grayscale, resizes it to 48x48 (cover, centre) and returns 48*48 floats in
 * [0, 1], row-major.
 */
export async function imageToFeatures(bytes: Uint8Array, options: ImageToFeaturesOptions = {}): Promise<Float32Array> {
  const { maxBytes = 20 * 1024 * 1024, maxPixels = 40_000_000 } = options;
  if (bytes.byteLength === 0) throw new InvalidInputError('Image is empty');
  if (bytes.byteLength > maxBytes) {
    throw new InvalidInputError(`Image is ${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  }
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .grayscale()
      .resize(IMAGE_SIZE, IMAGE_SIZE, { fit: 'cover', position: 'centre' })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new InvalidInputError(`Cannot decode image: ${(error as Error).message}`, { cause: error });
  }
  const { data, info } = raw;
  const features = new Float32Array(IMAGE_SIZE * IMAGE_SIZE);
  for (let i = 0; i < features.length; i++) features[i] = (data[i * info.channels] as number) / 255;
  return features;
}
