import * as tf from '@tensorflow/tfjs';
import { disposeFaceLandmarkNet, loadFaceLandmarkNet, type FaceLandmarkNet } from './face-landmark-net.js';
import { disposeTinyFaceDetector, loadTinyFaceDetector, type TinyFaceDetector } from './tiny-face-detector.js';

/** The networks face detection runs, loaded into the active tfjs backend. */
export interface FaceModels {
  detector: TinyFaceDetector;
  landmarks: FaceLandmarkNet;
}

// One load per process: the weights are read from disk once and stay in memory (about 1 MB).
let loading: Promise<FaceModels> | undefined;

/**
 * Loads the face detector and landmark net on first call and returns the same models afterwards.
 * Call initBackend() first so the weights live on the backend inference runs on.
 */
export function loadFaceModels(): Promise<FaceModels> {
  loading ??= tf
    .ready()
    .then(() => ({ detector: loadTinyFaceDetector(), landmarks: loadFaceLandmarkNet() }))
    .catch((error: unknown) => {
      loading = undefined; // let a later call retry, e.g. after the package is reinstalled
      throw error;
    });
  return loading;
}

/** Frees the loaded models' tensors; the next loadFaceModels() loads them again. */
export async function disposeFaceModels(): Promise<void> {
  const pending = loading;
  loading = undefined;
  if (!pending) return;
  const models = await pending;
  disposeTinyFaceDetector(models.detector);
  disposeFaceLandmarkNet(models.landmarks);
}
