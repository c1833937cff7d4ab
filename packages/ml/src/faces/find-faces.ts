import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { decodeDetections, nonMaxSuppression, type ScoredBox } from './decode-detections.js';
import { clipBox, rollDegrees, scaleBox } from './face-geometry.js';
import { loadFaceModels, type FaceModels } from './face-models.js';
import type { DetectedFace, Point, RasterImage } from './face-types.js';
import { locateLandmarks } from './locate-landmarks.js';
import { normaliseRgb } from './normalise-rgb.js';
import { TINY_FACE_MEAN_RGB, runTinyFaceDetector } from './tiny-face-detector.js';

/** Detector settings, all required here; detectFaces fills in the defaults. */
export interface FindFacesOptions {
  /** Detector input sides, each a multiple of 32; one pass per size. */
  inputSizes: readonly number[];
  scoreThreshold: number;
  iouThreshold: number;
  maxFaces: number;
  /** Smallest box side kept, in the pixels of the image searched. */
  minFaceSize: number;
}

/** The detector's input for one pass: the image scaled, padded with black to multiples of 32. */
interface DetectorInput {
  data: Float32Array;
  width: number;
  height: number;
  /** Input pixels per image pixel. */
  scale: number;
}

/**
 * Scales the image so its longer side is `inputSize` (sharp's resampling) and pads the right and
 * bottom to multiples of 32. face-api pads to a square; the detector is fully convolutional, so
 * skipping the rest of the square gives the same boxes for less work.
 */
async function detectorInput(image: RasterImage, inputSize: number): Promise<DetectorInput> {
  const scale = inputSize / Math.max(image.width, image.height);
  const contentWidth = Math.max(1, Math.round(image.width * scale));
  const contentHeight = Math.max(1, Math.round(image.height * scale));
  const width = Math.ceil(contentWidth / 32) * 32;
  const height = Math.ceil(contentHeight / 32) * 32;
  const black = { r: 0, g: 0, b: 0 };
  const padded = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(contentWidth, contentHeight, { fit: 'fill' })
    .extend({ right: width - contentWidth, bottom: height - contentHeight, background: black })
    .raw()
    .toBuffer();
  const data = new Float32Array(padded.length);
  normaliseRgb(padded, TINY_FACE_MEAN_RGB, data);
  return { data, width, height, scale };
}

/** Box sides, in detector-input pixels, that the tiny detector finds reliably; outside it, boxes inflate or go astray. */
const RELIABLE_SIDE = { min: 56, max: 224 } as const;

interface DetectorPass {
  input: DetectorInput;
  scoreThreshold: number;
  /** Box sides kept, in detector-input pixels. */
  minSide: number;
  maxSide: number;
}

/** Candidate boxes from one detector pass, in the pixels of `image`. */
async function detectAtSize(models: FaceModels, image: RasterImage, pass: DetectorPass): Promise<ScoredBox[]> {
  const { input, scoreThreshold, minSide, maxSide } = pass;
  const output = tf.tidy(() =>
    runTinyFaceDetector(models.detector, tf.tensor4d(input.data, [1, input.height, input.width, 3])),
  );
  const grid = (await output.data()) as Float32Array;
  const [, rows = 0, columns = 0] = output.shape;
  output.dispose();
  return decodeDetections({ grid, rows, columns, cellSize: input.height / rows, scoreThreshold })
    .filter(({ box }) => Math.max(box.width, box.height) >= minSide && Math.max(box.width, box.height) <= maxSide)
    .map(({ box, score }) => ({ box: clipBox(scaleBox(box, 1 / input.scale), image.width, image.height), score }));
}

/**
 * The tiny detector finds faces of about 56-224 pixels in its input, so it runs at each input size
 * (a small pyramid), each pass keeps the boxes in its reliable band (the finest pass also the
 * smaller ones, the coarsest also the larger), and all go through one non-maximum suppression.
 */
async function locate(models: FaceModels, image: RasterImage, options: FindFacesOptions): Promise<ScoredBox[]> {
  const finest = Math.max(...options.inputSizes);
  const coarsest = Math.min(...options.inputSizes);
  // sharp prepares all passes' inputs at once, on its own threads.
  const inputs = await Promise.all(options.inputSizes.map((inputSize) => detectorInput(image, inputSize)));
  const passes = options.inputSizes.map((inputSize, i) => ({
    input: inputs[i] as DetectorInput,
    scoreThreshold: options.scoreThreshold,
    minSide: inputSize === finest ? 0 : RELIABLE_SIDE.min,
    maxSide: inputSize === coarsest ? Infinity : RELIABLE_SIDE.max,
  }));
  const candidates: ScoredBox[] = [];
  for (const pass of passes) candidates.push(...(await detectAtSize(models, image, pass)));
  return nonMaxSuppression(
    candidates.filter(({ box }) => Math.min(box.width, box.height) >= Math.max(options.minFaceSize, 1)),
    options.iouThreshold,
  ).slice(0, options.maxFaces);
}

/**
 * Finds faces in an RGB image: detector boxes above the score threshold after non-maximum
 * suppression, each with 68 landmarks and the eye-line roll, largest box first. Coordinates are
 * in the pixels of `image`. An empty array means no face was found.
 */
export async function findFaces(image: RasterImage, options: FindFacesOptions): Promise<DetectedFace[]> {
  if (image.channels !== 3) throw new RangeError(`findFaces needs RGB pixels, got ${image.channels} channels`);
  const models = await loadFaceModels();
  const boxes = await locate(models, image, options);
  if (boxes.length === 0) return [];
  const landmarks = await locateLandmarks(
    models,
    image,
    boxes.map(({ box }) => box),
  );
  return boxes
    .map(({ box, score }, i) => {
      const points = landmarks[i] as Point[];
      return { box, score, landmarks: points, roll: rollDegrees(points) };
    })
    .sort((p, q) => q.box.width * q.box.height - p.box.width * p.box.height);
}
