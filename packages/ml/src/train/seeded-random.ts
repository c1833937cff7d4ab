import { createRng } from '../preprocess/create-rng.js';
/** A deterministic PRNG (mulberry32) returning floats in [0, 1): the one preprocessing and augmentation use too. */
export function seededRandom(seed: number): () => number {
  return createRng(seed);
}

/** Fisher-Yates shuffle of 0..length-1 driven by `random`. */
export function shuffledIndices(length: number, random: () => number): Uint32Array {
  const order = new Uint32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/** A well-mixed 31-bit seed for a sub-stream (e.g. one epoch) of a run's seed. */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h & 0x7fffffff;
}
