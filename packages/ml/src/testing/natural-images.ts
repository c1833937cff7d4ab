import { createRng } from '../preprocess/create-rng.js';

const SIZE = 48;

/** Random images with a natural 1/f amplitude spectrum (sum of random sinusoids), in [0, 1]. */
export function naturalImages(count: number, seed: number): Float32Array[] {
  const random = createRng(seed);
  const images: Float32Array[] = [];
  for (let i = 0; i < count; i++) {
    const image = new Float32Array(SIZE * SIZE);
    for (let ky = -12; ky <= 12; ky++) {
      for (let kx = 0; kx <= 12; kx++) {
        const f = Math.hypot(kx, ky);
        if (f === 0) continue;
        const amplitude = (0.15 / f) * (0.5 + random());
        const phase = 2 * Math.PI * random();
        for (let y = 0; y < SIZE; y++) {
          for (let x = 0; x < SIZE; x++)
            image[y * SIZE + x] =
              (image[y * SIZE + x] as number) + amplitude * Math.cos((2 * Math.PI * (kx * x + ky * y)) / SIZE + phase);
        }
      }
    }
    for (let p = 0; p < image.length; p++) image[p] = Math.min(1, Math.max(0, 0.5 + (image[p] as number)));
    images.push(image);
  }
  return images;
}
