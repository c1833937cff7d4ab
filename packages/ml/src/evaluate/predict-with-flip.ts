import type { Classifier } from '../models/classifier.js';

/** Mirrors one row-major square single-channel image left to right. */
function mirror(image: Float32Array, side: number): Float32Array {
  const out = new Float32Array(image.length);
  for (let row = 0; row < side; row++) {
    const base = row * side;
    for (let col = 0; col < side; col++) out[base + col] = image[base + side - 1 - col] as number;
  }
  return out;
}

function sideOf(classifier: Classifier, features: Float32Array[]): number {
  const recorded = classifier.preprocessing['imageSize'];
  if (typeof recorded === 'number') return recorded;
  return Math.round(Math.sqrt(features[0]?.length ?? 0));
}

/**
 * Test-time augmentation for image classifiers: the mean of the probabilities for each image and
 * its horizontal mirror. Feature vectors must be the classifier's row-major grayscale images
 * (anything else throws as classifier.predict does).
 */
export async function predictWithFlip(classifier: Classifier, features: Float32Array[]): Promise<number[][]> {
  if (classifier.modality !== 'image') throw new RangeError(`predictWithFlip needs an image classifier, got a ${classifier.modality} one`);
  const side = sideOf(classifier, features);
  const direct = await classifier.predict(features);
  const flipped = await classifier.predict(features.map((image) => (image.length === side * side ? mirror(image, side) : image)));
  return direct.map((row, i) => row.map((p, c) => (p + (flipped[i]?.[c] as number)) / 2));
}
