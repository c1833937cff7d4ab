/** Photo or webcam frame bytes to one 48x48 feature vector per face (FER-style crops read whole); the API's predict path. */
export {
  imageToFaceFeatures,
  type FaceFeatures,
  type FaceFeaturesResult,
  type ImageToFaceFeaturesOptions,
} from './image-to-face-features.js';
/** What to report when imageToFaceFeatures returns no faces: an explicit outcome, never a guess. */
export { NO_FACE, type NoFace } from './no-face.js';
/** Finds faces (box, score, 68 landmarks, roll) in image bytes, largest first; [] when there is none. */
export { detectFaces } from './detect-faces.js';
/** Detector options (pyramid input sizes, thresholds, limits) shared by detectFaces and imageToFaceFeatures. */
export { DEFAULT_DETECT_FACES_OPTIONS, type DetectFacesOptions } from './detect-faces-options.js';
/** Crops one detected face, eye line levelled, framed like FER2013, resampled to 48x48 floats in [0, 1]. */
export { alignFace, type AlignFaceOptions } from './align-face.js';
/** Eye and mouth positions (fractions of the side) that alignFace maps faces onto, measured on FER2013. */
export { FER_FACE_TEMPLATE } from './align-face.js';
/** True for small, roughly square images taken as one pre-cropped face (no detection). */
export { isPreCroppedFace, type IsPreCroppedFaceOptions } from './is-pre-cropped-face.js';
/** Loads the face networks once per process (also done lazily on first use); call at boot to warm up. */
export { loadFaceModels } from './face-models.js';
/** Frees the face networks' tensors; the next use loads them again. */
export { disposeFaceModels } from './face-models.js';
/** Box, point, detected face and raw image types. */
export type { DetectedFace, FaceBox, Point, RasterImage } from './face-types.js';
