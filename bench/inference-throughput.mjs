// Inference images/s of an image preset at batch 1 and 64.
import * as tf from '@tensorflow/tfjs';
import { createImageModel } from '@emolab/ml/models';

function rate(model, batch, seconds) {
  const x = tf.randomUniform([batch, 48, 48, 1]);
  try {
    tf.tidy(() => model.predict(x).dataSync()); // warm-up
    let images = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      tf.tidy(() => model.predict(x).dataSync());
      images += batch;
    }
    return images / ((performance.now() - started) / 1000);
  } finally {
    x.dispose();
  }
}

/** { batch1, batch64 } images/s, each measured for about `seconds`. */
export function measureInference(preset, seconds = 3) {
  const model = createImageModel({ preset, seed: 1 });
  try {
    return { batch1: rate(model, 1, seconds), batch64: rate(model, 64, seconds) };
  } finally {
    model.dispose();
  }
}
