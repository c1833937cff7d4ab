// The emotion models a user would pick instead of training their own, scored on the same FER2013
// test images as our recipes: @vladmandic/human's (oarriaga's mini-Xception, 64x64 grayscale) and
// @vladmandic/face-api's FaceExpressionNet (112x112 RGB). Both run from the weights their npm
// packages ship, with each library's own preprocessing, on our tfjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';

const require = createRequire(import.meta.url);
const OUR_LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'];
const BATCH = 64;

/** Reorders a library's probability row into our label order. */
const reorder = (row, theirs, rename = {}) =>
  OUR_LABELS.map(
    (label) => row[theirs.indexOf(Object.entries(rename).find(([, ours]) => ours === label)?.[0] ?? label)],
  );

async function humanModel() {
  // Its exports map lists no package.json; resolving the package itself finds dist/, beside models/.
  const folder = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
  const json = JSON.parse(readFileSync(join(folder, 'emotion.json'), 'utf8'));
  const weights = readFileSync(join(folder, 'emotion.bin'));
  const model = await tf.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  // human 3.3 src/gear/emotion.ts: bilinear resize to the model's 64x64, grayscale, (x - 0.5) * 2; labels in oarriaga's order.
  const theirs = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];
  return {
    name: '@vladmandic/human 3.3 emotion (mini-Xception)',
    async predict(images) {
      const values = tf.tidy(() => {
        const x = tf.tensor4d(Float32Array.from(images.flatMap((i) => [...i])), [images.length, 48, 48, 1]);
        return model.execute(tf.mul(tf.sub(tf.image.resizeBilinear(x, [64, 64], false), 0.5), 2)).arraySync();
      });
      return values.map((row) => reorder(row, theirs));
    },
    dispose: () => model.dispose(),
  };
}

async function faceApiModel() {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
  const folder = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.faceExpressionNet.loadFromDisk(folder);
  const theirs = faceapi.FACE_EXPRESSION_LABELS; // neutral, happy, sad, angry, fearful, disgusted, surprised
  const rename = { fearful: 'fear', disgusted: 'disgust', surprised: 'surprise' };
  return {
    name: '@vladmandic/face-api 1.7 FaceExpressionNet',
    async predict(images) {
      // face-api takes 0-255 RGB and resizes to 112x112 itself; a grayscale crop is the same value in every channel.
      const inputs = images.map((image) =>
        tf.tidy(() => tf.tile(tf.mul(tf.tensor3d(image, [48, 48, 1]), 255), [1, 1, 3])),
      );
      const results = await faceapi.nets.faceExpressionNet.predictExpressions(inputs);
      tf.dispose(inputs);
      return (Array.isArray(results) ? results : [results]).map((r) =>
        reorder(
          theirs.map((label) => r[label]),
          theirs,
          rename,
        ),
      );
    },
    dispose: () => faceapi.nets.faceExpressionNet.dispose(),
  };
}

/** Both libraries' models, loaded: { name, predict(images) => probability rows in our label order, dispose }. */
export const openLibraryModels = () => Promise.all([humanModel(), faceApiModel()]);

/** Predicts in batches of 64 (face-api takes an array of images per call). */
export async function predictBatched(model, images) {
  const rows = [];
  for (let i = 0; i < images.length; i += BATCH) rows.push(...(await model.predict(images.slice(i, i + BATCH))));
  return rows;
}

/** Accuracy and macro-F1 of both libraries on `test` ({ features, labels }), with their inference speed. */
export async function libraryBaselines({ test, log = () => {} }) {
  const rows = [];
  for (const make of [humanModel, faceApiModel]) {
    const model = await make();
    try {
      const started = performance.now();
      const predictions = await predictBatched(model, test.features);
      const seconds = (performance.now() - started) / 1000;
      const metrics = classificationMetrics({ yTrue: test.labels, yPred: predictions.map(argmax), numClasses: 7 });
      const row = {
        library: model.name,
        accuracy: metrics.accuracy,
        macroF1: metrics.macroF1,
        disgustRecall: metrics.perClass[1].recall,
        imagesPerSecond: test.features.length / seconds,
      };
      log(`${row.library}: ${JSON.stringify(row)}`);
      rows.push(row);
    } finally {
      model.dispose();
    }
  }
  return rows;
}
