import sharp from 'sharp';
import { decodeImage, type DecodedImage } from '../preprocess/image/decode-image.js';
import { imageToFeatures } from '../preprocess/image/image-to-features.js';
import { alignFace } from './align-face.js';
import { resolveDetectFacesOptions, type DetectFacesOptions } from './detect-faces-options.js';
import { scaleBox } from './face-geometry.js';
import type { FaceBox, RasterImage } from './face-types.js';
import { findFaces } from './find-faces.js';
import { isPreCroppedFace } from './is-pre-cropped-face.js';

/** Options for {@link imageToFaceFeatures}. */
export interface ImageToFaceFeaturesOptions extends DetectFacesOptions {
  /**
   * 'auto' (default) reads small, roughly square images (see preCroppedMaxSide) whole, as one
   * FER-style face, and runs the detector on anything else; 'detect' always detects; 'whole-image'
   * never does (exactly imageToFeatures).
   */
  mode?: 'auto' | 'detect' | 'whole-image';
  /** Largest side of an image 'auto' reads whole (default 96). */
  preCroppedMaxSide?: number;
  /** Extra context around each aligned face, as a fraction of the FER framing (default 0). */
  margin?: number;
}

/** One face ready for an image classifier. */
export interface FaceFeatures {
  /** Where the face is, in the pixels of the upright image; the whole image when read whole. */
  box: FaceBox;
  /** Detector confidence in (0, 1); null when the image was read whole without detection. */
  score: number | null;
  /** Degrees the face was rotated by to level its eyes (0 when read whole). */
  roll: number;
  source: 'detector' | 'whole-image';
  /** 48 * 48 grayscale floats in [0, 1], row-major, like imageToFeatures. */
  features: Float32Array;
}

/** What {@link imageToFaceFeatures} found; `faces` is empty when there is no face (report NO_FACE). */
export interface FaceFeaturesResult {
  faces: FaceFeatures[];
  /** Size of the upright image. */
  width: number;
  height: number;
}

async function toGray(image: DecodedImage): Promise<RasterImage> {
  const raw = { width: image.width, height: image.height, channels: 3 as const };
  const data = await sharp(image.data, { raw }).grayscale().raw().toBuffer();
  return { data, width: image.width, height: image.height, channels: 1 };
}

/**
 * Image bytes to one 48x48 feature vector per face, largest face first. FER-style crops are read
 * whole; photos and webcam frames go through face detection, and each face is cropped, rotated
 * level from its landmarks, converted to grayscale and resized. Throws InvalidInputError for
 * bytes that are not a supported image.
 */
export async function imageToFaceFeatures(
  bytes: Uint8Array,
  options: ImageToFaceFeaturesOptions = {},
): Promise<FaceFeaturesResult> {
  const { mode = 'auto', preCroppedMaxSide = 96, margin = 0, ...rest } = options;
  if (!['auto', 'detect', 'whole-image'].includes(mode))
    throw new RangeError(`mode must be 'auto', 'detect' or 'whole-image', got ${mode}`);
  if (!(preCroppedMaxSide > 0)) throw new RangeError(`preCroppedMaxSide must be positive, got ${preCroppedMaxSide}`);
  if (!(margin >= 0 && margin <= 2)) throw new RangeError(`margin must be in [0, 2], got ${margin}`);
  const resolved = resolveDetectFacesOptions(rest);
  const limits = { maxBytes: resolved.maxBytes, maxPixels: resolved.maxPixels };
  const image = await decodeImage(bytes, { ...limits, colour: 'rgb', maxSide: resolved.workingSize });
  const { sourceWidth: width, sourceHeight: height } = image;
  if (mode === 'whole-image' || (mode === 'auto' && isPreCroppedFace({ width, height, maxSide: preCroppedMaxSide }))) {
    const features = await imageToFeatures(bytes, limits);
    return {
      faces: [{ box: { x: 0, y: 0, width, height }, score: null, roll: 0, source: 'whole-image', features }],
      width,
      height,
    };
  }
  const toSource = width / image.width;
  const found = await findFaces(image, { ...resolved, minFaceSize: resolved.minFaceSize / toSource });
  if (found.length === 0) return { faces: [], width, height };
  const gray = await toGray(image);
  const faces = found.map((face) => ({
    box: scaleBox(face.box, toSource),
    score: face.score,
    roll: face.roll,
    source: 'detector' as const,
    features: alignFace({ image: gray, face, margin }),
  }));
  return { faces, width, height };
}
