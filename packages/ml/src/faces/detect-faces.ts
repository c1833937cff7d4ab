import { decodeImage } from '../preprocess/image/decode-image.js';
import { resolveDetectFacesOptions, type DetectFacesOptions } from './detect-faces-options.js';
import { scaleBox } from './face-geometry.js';
import type { DetectedFace } from './face-types.js';
import { findFaces } from './find-faces.js';

/**
 * Decodes a photo or webcam frame (see decodeImage) and finds the faces in it with face-api's
 * tiny face detector and 68-point landmark net, run on our tfjs. Boxes and landmarks are in the
 * pixels of the upright image; largest face first; [] when there is none. Throws
 * InvalidInputError for bytes that are not a supported image.
 */
export async function detectFaces(bytes: Uint8Array, options: DetectFacesOptions = {}): Promise<DetectedFace[]> {
  const resolved = resolveDetectFacesOptions(options);
  const image = await decodeImage(bytes, { ...resolved, colour: 'rgb', maxSide: resolved.workingSize });
  const toSource = image.sourceWidth / image.width;
  const faces = await findFaces(image, { ...resolved, minFaceSize: resolved.minFaceSize / toSource });
  return faces.map((face) => ({
    ...face,
    box: scaleBox(face.box, toSource),
    landmarks: face.landmarks.map(({ x, y }) => ({ x: x * toSource, y: y * toSource })),
  }));
}
