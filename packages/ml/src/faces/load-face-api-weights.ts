import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';

/** The two face-api models we run: the tiny face detector and the tiny 68-point landmark net. */
export type FaceApiModelName = 'tiny_face_detector_model' | 'face_landmark_68_tiny_model';

const require = createRequire(import.meta.url);

/**
 * Reads a model's weights manifest and shards from the `model/` folder that the
 * `@vladmandic/face-api` package ships (nothing is downloaded) and dequantises them into tensors
 * of OUR tfjs: only the weights come from face-api, never its bundled tfjs.
 */
export function loadFaceApiWeights(name: FaceApiModelName): tf.NamedTensorMap {
  const folder = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  const manifest = JSON.parse(
    readFileSync(join(folder, `${name}-weights_manifest.json`), 'utf8'),
  ) as tf.io.WeightsManifestConfig;
  const specs = manifest.flatMap((group) => group.weights);
  const shards = manifest.flatMap((group) => group.paths.map((path) => readFileSync(join(folder, path))));
  const buffer = Buffer.concat(shards);
  const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  return tf.io.decodeWeights(data, specs);
}

/** Takes a named weight out of the map, checking its rank; a missing one means the package changed. */
export function takeWeight<R extends tf.Rank>(weights: tf.NamedTensorMap, name: string, rank: number): tf.Tensor<R> {
  const tensor = weights[name];
  if (!tensor || tensor.rank !== rank) {
    throw new Error(
      `face-api weight '${name}' is missing or not rank ${rank}; is @vladmandic/face-api 1.7.15 installed?`,
    );
  }
  return tensor as tf.Tensor<R>;
}
