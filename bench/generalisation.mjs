// How our saved FER models and the libraries hold up on face images unlike FER2013's test crops,
// without retraining: the same test faces under photometric and geometric shifts, and as photos
// (the face upscaled into a larger frame, JPEG-encoded, then found, aligned and cropped by the
// predict path's detector). No other labelled face set is on this machine; this measures what can
// be measured here, and held-out face sets are scored elsewhere.
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';
import { imageToFaceFeatures } from '@emolab/ml/faces';
import { gaussianBlur } from '@emolab/ml/preprocess';

const SIDE = 48;

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Each shift maps a 48x48 [0, 1] crop to another (index i seeds the noise). */
const SHIFTS = {
  'as is': (x) => x,
  'darker (x0.6)': (x) => x.map((v) => v * 0.6),
  'low contrast (x0.5)': (x) => x.map((v) => 0.5 + (v - 0.5) * 0.5),
  'blur (sigma 1.2 px)': (x) => gaussianBlur(x, SIDE, 1.2),
  'noise (sigma 0.06)': (x, i) => {
    const random = seeded(i + 1);
    return x.map((v) => Math.min(1, Math.max(0, v + (random() + random() + random() - 1.5) * 0.12)));
  },
  'rotated 20 degrees': (x) =>
    tf.tidy(() => tf.image.rotateWithOffset(tf.tensor4d(x, [1, SIDE, SIDE, 1]), (20 * Math.PI) / 180, 0.5).dataSync()),
};

/** The crop as a photo: 3x upscaled, at an offset in a 320x240 noisy grey frame, JPEG quality 85. */
async function asPhoto(x, i) {
  const face = await sharp(Buffer.from(x.map((v) => Math.round(v * 255))), {
    raw: { width: SIDE, height: SIDE, channels: 1 },
  })
    .resize(144, 144, { kernel: 'cubic' })
    .png()
    .toBuffer();
  const random = seeded(i + 7);
  const background = Buffer.alloc(320 * 240 * 3);
  for (let p = 0; p < background.length; p++) background[p] = 90 + Math.floor(random() * 60);
  const left = 40 + Math.floor(random() * 120);
  const top = 20 + Math.floor(random() * 70);
  return sharp(background, { raw: { width: 320, height: 240, channels: 3 } })
    .composite([{ input: face, left, top }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * Accuracy and macro-F1 of each model (`models`: [{ name, predict(images) => rows }]) on every
 * shift of `test`, plus the photo path (faces the detector misses count as wrong).
 */
export async function generalisationSection({ models, test, log = () => {} }) {
  const rows = [];
  for (const [name, shift] of Object.entries(SHIFTS)) {
    const images = test.features.map((x, i) => Float32Array.from(shift(x, i)));
    for (const model of models) {
      const metrics = classificationMetrics({
        yTrue: test.labels,
        yPred: (await model.predict(images)).map(argmax),
        numClasses: 7,
      });
      rows.push({ condition: name, model: model.name, accuracy: metrics.accuracy, macroF1: metrics.macroF1 });
      log(`generalisation ${name} ${model.name}: ${(metrics.accuracy * 100).toFixed(1)}%`);
    }
  }
  const found = [];
  for (let i = 0; i < test.features.length; i++) {
    const result = await imageToFaceFeatures(new Uint8Array(await asPhoto(test.features[i], i)));
    found.push(result.faces[0]?.source === 'detector' ? result.faces[0].features : undefined);
  }
  const detected = found.filter(Boolean).length;
  for (const model of models) {
    const hits = found.map((f) => f ?? new Float32Array(SIDE * SIDE));
    const predicted = (await model.predict(hits)).map((row, i) => (found[i] ? argmax(row) : -1));
    const metrics = classificationMetrics({
      yTrue: test.labels,
      yPred: predicted.map((p) => Math.max(p, 0)),
      numClasses: 7,
    });
    const accuracy = predicted.filter((p, i) => p === test.labels[i]).length / test.labels.length;
    rows.push({
      condition: `photo through the detector (${detected}/${test.labels.length} faces found)`,
      model: model.name,
      accuracy,
      macroF1: metrics.macroF1,
    });
    log(`generalisation photo ${model.name}: ${(accuracy * 100).toFixed(1)}% (${detected} found)`);
  }
  return rows;
}
