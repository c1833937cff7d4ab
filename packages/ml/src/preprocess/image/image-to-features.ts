import { openImage, toRawPixels, uprightPixels, type ImageLimits } from './open-image.js';

/** Side length of the square grayscale images every image model reads. */
export const IMAGE_SIZE = 48;

/** Limits for {@link imageToFeatures}. */
export type ImageToFeaturesOptions = ImageLimits;

/** 8-bit grayscale pixels to floats in [0, 1]. */
export function grayToFeatures(gray: Uint8Array): Float32Array {
  const features = new Float32Array(gray.length);
  for (let i = 0; i < features.length; i++) features[i] = (gray[i] as number) / 255;
  return features;
}

/**
 * Decodes JPEG, PNG, WebP, GIF (first frame), TIFF or AVIF (EXIF orientation honoured, alpha
 * flattened onto white), converts it to grayscale, resizes it to 48x48 (cover, centre) and returns
 * 48*48 floats in [0, 1], row-major. Throws InvalidInputError for anything else.
 */
export async function imageToFeatures(bytes: Uint8Array, options: ImageToFeaturesOptions = {}): Promise<Float32Array> {
  const opened = await openImage(bytes, options);
  const pipeline = uprightPixels(opened.image, 'gray').resize(IMAGE_SIZE, IMAGE_SIZE, {
    fit: 'cover',
    position: 'centre',
  });
  const { data } = await toRawPixels(opened, pipeline, 1);
  return grayToFeatures(data);
}
