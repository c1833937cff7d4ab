// Inference images/s of an image preset at batch 1 and 64, and for 64 concurrent one-image requests.
import * as tf from '@tensorflow/tfjs';
import { batchConcurrentPredictions, createImageModel, EMOTION_LABELS, LayersClassifier } from '@emolab/ml/models';

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

/** Images/s answering rounds of `callers` concurrent one-image predict calls on `classifier`. */
async function concurrentRate(classifier, callers, seconds) {
  const images = Array.from({ length: callers }, (_, i) =>
    Float32Array.from({ length: 48 * 48 }, (_, j) => ((i * 31 + j) % 255) / 255),
  );
  const round = () => Promise.all(images.map((image) => classifier.predict([image])));
  await round(); // warm-up
  let answered = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await round();
    answered += callers;
  }
  return answered / ((performance.now() - started) / 1000);
}

/**
 * { batch1, batch64 } images/s of the bare model, and { concurrentDirect, concurrentBatched }: 64
 * concurrent one-image requests through a LayersClassifier as it is and through
 * batchConcurrentPredictions (what the API serves with); each measured for about `seconds`.
 */
export async function measureInference(preset, seconds = 3) {
  const model = createImageModel({ preset, seed: 1 });
  const classifier = new LayersClassifier({
    model,
    modality: 'image',
    labels: EMOTION_LABELS,
    architecture: preset,
    preprocessing: { kind: 'image-grayscale' },
  });
  try {
    const bare = { batch1: rate(model, 1, seconds), batch64: rate(model, 64, seconds) };
    const concurrentDirect = await concurrentRate(classifier, 64, seconds);
    const concurrentBatched = await concurrentRate(batchConcurrentPredictions(classifier), 64, seconds);
    return { ...bare, concurrentDirect, concurrentBatched };
  } finally {
    classifier.dispose();
  }
}
