import * as tf from '@tensorflow/tfjs';
import { rollDegrees } from './face-geometry.js';
import { LANDMARK_INPUT_SIZE, LANDMARK_MEAN_RGB, runFaceLandmarkNet } from './face-landmark-net.js';
import type { FaceModels } from './face-models.js';
import type { FaceBox, Point, RasterImage } from './face-types.js';
import { normaliseRgb } from './normalise-rgb.js';
import { sampleAffine, type AffineTransform } from './sample-affine.js';

/** A square crop: centre and side in image pixels, rotated by `angle` radians (clockwise). */
interface Crop {
  cx: number;
  cy: number;
  side: number;
  angle: number;
}

// Faces tilted more than this get a second landmark pass on a crop rotated upright.
const REFINE_ABOVE_DEGREES = 8;

function cropTransform({ cx, cy, side, angle }: Crop): AffineTransform {
  const k = side / LANDMARK_INPUT_SIZE;
  const cos = k * Math.cos(angle);
  const sin = k * Math.sin(angle);
  const half = LANDMARK_INPUT_SIZE / 2;
  return [cos, -sin, cx - cos * half + sin * half, sin, cos, cy - sin * half - cos * half];
}

/** One batch through the landmark net; points mapped back to image pixels. */
async function runCrops(models: FaceModels, image: RasterImage, crops: Crop[]): Promise<Point[][]> {
  const size = LANDMARK_INPUT_SIZE;
  const batch = new Float32Array(crops.length * size * size * 3);
  const transforms = crops.map(cropTransform);
  transforms.forEach((transform, i) => {
    // Zero padding beyond the image, as face-api pads its crops.
    normaliseRgb(
      sampleAffine({ source: image, width: size, height: size, transform, fill: 0 }),
      LANDMARK_MEAN_RGB,
      batch,
      i * size * size * 3,
    );
  });
  const output = tf.tidy(() => runFaceLandmarkNet(models.landmarks, tf.tensor4d(batch, [crops.length, size, size, 3])));
  const values = (await output.data()) as Float32Array;
  output.dispose();
  return transforms.map(([a, b, c, d, e, f], i) =>
    Array.from({ length: 68 }, (_, p) => {
      const u = (values[i * 136 + p * 2] as number) * size;
      const v = (values[i * 136 + p * 2 + 1] as number) * size;
      return { x: a * u + b * v + c, y: d * u + e * v + f };
    }),
  );
}

/**
 * 68 landmarks per box. The tiny landmark net reads a square crop around the box; it is trained on
 * roughly upright faces, so a face found tilted is cropped again, rotated level, and read again.
 */
export async function locateLandmarks(models: FaceModels, image: RasterImage, boxes: FaceBox[]): Promise<Point[][]> {
  const crops = boxes.map((box) => ({
    cx: box.x + box.width / 2,
    cy: box.y + box.height / 2,
    side: Math.max(box.width, box.height),
    angle: 0,
  }));
  const landmarks = await runCrops(models, image, crops);
  const tilted = crops.flatMap((crop, i) => {
    const roll = rollDegrees(landmarks[i] as Point[]);
    return Math.abs(roll) > REFINE_ABOVE_DEGREES ? [{ i, crop: { ...crop, angle: (roll * Math.PI) / 180 } }] : [];
  });
  if (tilted.length === 0) return landmarks;
  const refined = await runCrops(
    models,
    image,
    tilted.map(({ crop }) => crop),
  );
  tilted.forEach(({ i }, j) => {
    landmarks[i] = refined[j] as Point[];
  });
  return landmarks;
}
