import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import { seededValues } from './seeded-values.js';

/** Noisy bright (label `labels[0]`) and dark (label `labels[1]`) 48x48 images, alternating. */
export function brightnessDataset(options: { count: number; labels: [number, number]; seed: number }): {
  features: Float32Array[];
  labels: number[];
} {
  const features: Float32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const bright = i % 2 === 0;
    const noise = seededValues([IMAGE_SIZE * IMAGE_SIZE], options.seed + i);
    features.push(noise.map((n) => (bright ? 0.65 : 0.35) + 0.25 * n));
    labels.push(options.labels[bright ? 0 : 1]);
  }
  return { features, labels };
}
