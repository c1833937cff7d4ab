// Training images/s of an image preset with 1 or more workers, on synthetic 48x48 images.
import { trainClassifier } from '@emolab/ml/train';

/** Random images with random labels: throughput does not depend on the content. */
export function syntheticImages(count, seed = 1) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4_294_967_296;
  };
  const features = [];
  const labels = [];
  for (let i = 0; i < count; i++) {
    const image = new Float32Array(48 * 48);
    for (let j = 0; j < image.length; j++) image[j] = random();
    features.push(image);
    labels.push(i % 7);
  }
  return { features, labels };
}

/**
 * Median of per-epoch images/s after a warm-up epoch (kernel and allocation warm-up), as
 * trainClassifier reports them (loading, augmentation and the optimizer update included).
 */
export async function measureTrainThroughput({ preset, workers, images = 640, epochs = 3, batchSize = 64, augment }) {
  const { classifier, history } = await trainClassifier({
    modality: 'image',
    train: syntheticImages(images),
    epochs,
    batchSize,
    seed: 3,
    network: { preset },
    workers,
    augment,
  });
  classifier.dispose();
  const rates = history
    .slice(1)
    .map((m) => m.samplesPerSecond)
    .sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}
