import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import { faceKeyPoints } from './face-geometry.js';
import type { DetectedFace, RasterImage } from './face-types.js';
import { sampleAffine, type AffineTransform } from './sample-affine.js';

/**
 * Where FER2013 puts a face, as fractions of the image side, read off the mean of 4,000 training
 * images: eyes at 37% height and 40% of the width apart, mouth centre at 78% height.
 */
export const FER_FACE_TEMPLATE = { eyeY: 0.37, eyeDistance: 0.4, mouthY: 0.78 } as const;

/** Options for {@link alignFace}. */
export interface AlignFaceOptions {
  /** The image the face was found in, any number of channels, 0..255. */
  image: RasterImage;
  face: Pick<DetectedFace, 'box' | 'landmarks'>;
  /** Output side in pixels (default 48). */
  size?: number;
  /** Extra context on every side as a fraction of the template face, e.g. 0.1 (default 0: FER framing). */
  margin?: number;
}

/** Rotation and scale from the landmarks: eye line level, eyes and mouth where FER puts them. */
function landmarkTransform(face: AlignFaceOptions['face'], size: number, margin: number): AffineTransform | undefined {
  const { leftEye, rightEye, mouth } = faceKeyPoints(face.landmarks);
  const eyeMid = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
  const eyeDistance = Math.hypot(rightEye.x - leftEye.x, rightEye.y - leftEye.y);
  const eyeMouth = Math.hypot(mouth.x - eyeMid.x, mouth.y - eyeMid.y);
  const { eyeY, mouthY } = FER_FACE_TEMPLATE;
  // The larger estimate: turning the head shortens the eye distance, nodding the eye-mouth one.
  const k =
    Math.max(eyeDistance / (FER_FACE_TEMPLATE.eyeDistance * size), eyeMouth / ((mouthY - eyeY) * size)) *
    (1 + 2 * margin);
  if (!Number.isFinite(k) || k * size < 4) return undefined;
  const angle = Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
  const cos = k * Math.cos(angle);
  const sin = k * Math.sin(angle);
  // The point halfway between eye line and mouth lands where the template puts it.
  const anchor = { x: (eyeMid.x + mouth.x) / 2, y: (eyeMid.y + mouth.y) / 2 };
  const u0 = size / 2;
  const v0 = ((eyeY + mouthY) / 2) * size;
  return [cos, -sin, anchor.x - cos * u0 + sin * v0, sin, cos, anchor.y - sin * u0 - cos * v0];
}

/** Fallback without usable landmarks: the box's square, centred, upright. */
function boxTransform(face: AlignFaceOptions['face'], size: number, margin: number): AffineTransform {
  const { x, y, width, height } = face.box;
  const k = (Math.max(width, height) * (1 + 2 * margin)) / size;
  return [k, 0, x + width / 2 - (k * size) / 2, 0, k, y + height / 2 - (k * size) / 2];
}

/**
 * Crops one face out of an image, rotated so the eye line is level and scaled so the eyes and
 * mouth sit where FER2013's faces have them, resampled (anti-aliased) to size x size. Returns
 * size * size * channels floats in [0, 1]; pixels beyond the image repeat its border.
 */
export function alignFace(options: AlignFaceOptions): Float32Array {
  const { image, face, size = IMAGE_SIZE, margin = 0 } = options;
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`size must be a positive integer, got ${size}`);
  if (!(margin >= 0 && margin <= 2)) throw new RangeError(`margin must be in [0, 2], got ${margin}`);
  const transform = landmarkTransform(face, size, margin) ?? boxTransform(face, size, margin);
  const pixels = sampleAffine({ source: image, width: size, height: size, transform, fill: 'edge' });
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.min(1, Math.max(0, (pixels[i] as number) / 255));
  return pixels;
}
