import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { augmentImageBatch, createImageAugmenter } from './augment-image-batch.js';
import type { AugmentImageOptions } from './augment-options.js';

const SIZE = 48;
const ALL_OFF: AugmentImageOptions = {
  flip: false,
  rotation: false,
  shift: false,
  zoom: false,
  brightness: false,
  contrast: false,
  erasing: false,
  blur: false,
  noise: false,
};

/** n images: a bright disc of radius r at (cx + i % 4, cy) on a dim gradient. */
function discs(n: number, { cx = 24, cy = 24, r = 8 } = {}): tf.Tensor4D {
  const values = new Float32Array(n * SIZE * SIZE);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const inside = Math.hypot(x + 0.5 - cx - (i % 4), y + 0.5 - cy) < r;
        values[(i * SIZE + y) * SIZE + x] = inside ? 0.9 : 0.1 + (0.2 * x) / SIZE;
      }
    }
  }
  return tf.tensor4d(values, [n, SIZE, SIZE, 1]);
}

const run = (batch: tf.Tensor4D, options: Parameters<typeof augmentImageBatch>[1]) => {
  const out = augmentImageBatch(batch, options);
  const values = out.dataSync() as Float32Array;
  out.dispose();
  return values;
};
const image = (values: Float32Array, i: number) => values.subarray(i * SIZE * SIZE, (i + 1) * SIZE * SIZE);
/** Mean x (pixel centres) of the bright pixels. */
const centroidX = (pixels: Float32Array) => {
  const xs = Array.from(pixels).flatMap((v, i) => (v > 0.6 ? [(i % SIZE) + 0.5] : []));
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
};

describe('augmentImageBatch', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when called twice with the same seed', () => {
    it('returns identical batches', () => {
      const batch = discs(16);
      expect(run(batch, { seed: 7 })).toEqual(run(batch, { seed: 7 }));
      batch.dispose();
    });
  });

  describe('when the seeds differ', () => {
    it('returns different batches', () => {
      const batch = discs(16);
      expect(run(batch, { seed: 7 })).not.toEqual(run(batch, { seed: 8 }));
      batch.dispose();
    });
  });

  describe('when every augmentation is at its widest', () => {
    it('keeps the shape and every value in [0, 1] and leaves the input alone', () => {
      const batch = discs(32);
      const before = batch.dataSync().slice();
      const out = augmentImageBatch(batch, {
        seed: 3,
        rotation: { maxDegrees: 180 },
        shift: { maxFraction: 0.5 },
        zoom: { maxFraction: 0.9 },
        brightness: { maxDelta: 1 },
        contrast: { maxFraction: 1 },
        erasing: { probability: 1, maxArea: 1 },
        blur: { probability: 1, maxSigma: 4 },
        noise: { probability: 1, maxSigma: 0.5 },
        fillMode: 'reflect',
      });
      expect(out.shape).toEqual([32, SIZE, SIZE, 1]);
      const values = out.dataSync();
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThanOrEqual(1);
      expect(batch.dataSync()).toEqual(before);
      tf.dispose([batch, out]);
    });
  });

  describe('when every augmentation is off', () => {
    it('returns the input values', () => {
      const batch = discs(4);
      expect(run(batch, { seed: 1, ...ALL_OFF })).toEqual(batch.dataSync());
      batch.dispose();
    });
  });

  describe('when only flipping, always', () => {
    it('mirrors each image left-right', () => {
      const batch = discs(2, { cx: 12 });
      const out = run(batch, { seed: 1, ...ALL_OFF, flip: { probability: 1 } });
      const input = batch.dataSync() as Float32Array;
      for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++)
          expect(out[y * SIZE + x]).toBeCloseTo(input[y * SIZE + SIZE - 1 - x] as number, 5);
      }
      batch.dispose();
    });
  });

  describe('when only rotating', () => {
    it('leaves a centred disc almost unchanged but turns a bar', () => {
      const shape = (inside: (x: number, y: number) => boolean) => {
        const values = new Float32Array(SIZE * SIZE);
        for (let y = 0; y < SIZE; y++)
          for (let x = 0; x < SIZE; x++) values[y * SIZE + x] = inside(x + 0.5 - 24, y + 0.5 - 24) ? 1 : 0;
        return tf.tensor4d(values, [1, SIZE, SIZE, 1]);
      };
      const changed = (batch: tf.Tensor4D) => {
        const out = run(batch, { seed: 5, ...ALL_OFF, rotation: { maxDegrees: 30 } });
        const input = batch.dataSync();
        batch.dispose();
        return out.filter((v, i) => Math.abs(v - (input[i] as number)) > 0.5).length;
      };
      // Disc of ~314 pixels: only its rim moves; bar of 240 pixels: most of it moves.
      expect(changed(shape((x, y) => Math.hypot(x, y) < 10))).toBeLessThan(30);
      expect(changed(shape((x, y) => Math.abs(x) < 20 && Math.abs(y) < 3))).toBeGreaterThan(60);
    });
  });

  describe('when only shifting', () => {
    it('moves the content by at most maxFraction of the side', () => {
      const batch = discs(8);
      const out = run(batch, { seed: 9, ...ALL_OFF, shift: { maxFraction: 0.1 } });
      const input = batch.dataSync() as Float32Array;
      const moves = Array.from({ length: 8 }, (_, i) => centroidX(image(out, i)) - centroidX(image(input, i)));
      for (const move of moves) expect(Math.abs(move)).toBeLessThanOrEqual(0.1 * SIZE + 0.5);
      expect(moves.some((move) => Math.abs(move) > 1)).toBe(true);
      batch.dispose();
    });
  });

  describe('when only jittering brightness and contrast', () => {
    it('shifts the mean by at most maxDelta and keeps its layout', () => {
      const batch = discs(8);
      const out = run(batch, { seed: 2, ...ALL_OFF, brightness: { maxDelta: 0.1 }, contrast: { maxFraction: 0.2 } });
      const input = batch.dataSync() as Float32Array;
      const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / v.length;
      for (let i = 0; i < 8; i++) {
        expect(Math.abs(mean(image(out, i)) - mean(image(input, i)))).toBeLessThanOrEqual(0.1 + 1e-6);
        expect(centroidX(image(out, i))).toBeCloseTo(centroidX(image(input, i)), 0);
      }
      batch.dispose();
    });
  });

  describe('when erasing always with a constant', () => {
    it('fills one rectangle per image with it, within the area bounds', () => {
      const batch = discs(8);
      const out = run(batch, {
        seed: 4,
        ...ALL_OFF,
        erasing: { probability: 1, minArea: 0.05, maxArea: 0.2, fill: 0.5 },
      });
      for (let i = 0; i < 8; i++) {
        const erased = image(out, i).filter((v) => v === 0.5).length / (SIZE * SIZE);
        expect(erased).toBeGreaterThan(0.03);
        expect(erased).toBeLessThan(0.25);
      }
      batch.dispose();
    });
  });

  describe('when only blurring, always', () => {
    it("keeps each image's mean and softens its edges", () => {
      const batch = discs(4);
      const out = run(batch, { seed: 6, ...ALL_OFF, blur: { probability: 1, maxSigma: 2 } });
      const input = batch.dataSync() as Float32Array;
      const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / v.length;
      // Sum of squared differences between horizontal neighbours: what blur takes away.
      const edges = (v: Float32Array) =>
        v.reduce((s, x, i) => (i % SIZE === 0 ? s : s + (x - (v[i - 1] as number)) ** 2), 0);
      for (let i = 0; i < 4; i++) {
        expect(mean(image(out, i))).toBeCloseTo(mean(image(input, i)), 2);
        expect(edges(image(out, i))).toBeLessThan(0.8 * edges(image(input, i)));
      }
      batch.dispose();
    });
  });

  describe('when only adding noise, always', () => {
    it('adds zero-mean noise no wider than maxSigma', () => {
      const batch = tf.fill([8, SIZE, SIZE, 1], 0.5) as tf.Tensor4D;
      const out = run(batch, { seed: 8, ...ALL_OFF, noise: { probability: 1, maxSigma: 0.1 } });
      const stds = Array.from({ length: 8 }, (_, i) => {
        const pixels = Array.from(image(out, i));
        const mean = pixels.reduce((s, x) => s + x, 0) / pixels.length;
        expect(mean).toBeCloseTo(0.5, 1);
        return Math.sqrt(pixels.reduce((s, x) => s + (x - mean) ** 2, 0) / pixels.length);
      });
      for (const std of stds) expect(std).toBeLessThan(0.11);
      expect(Math.max(...stds)).toBeGreaterThan(0.02);
      expect(new Set(stds.map((s) => s.toFixed(4))).size).toBe(8); // each image draws its own sigma
      batch.dispose();
    });
  });

  describe('when blur and noise are added', () => {
    it("leaves the other augmentations' draws as they were", () => {
      const batch = discs(16);
      const base = { seed: 12, ...ALL_OFF, flip: {}, rotation: {}, shift: {} };
      const plain = run(batch, base);
      const sharp = run(batch, { ...base, noise: { probability: 1, maxSigma: 0.02 } });
      // Noise of sigma <= 0.02 moves each pixel by a little: the geometry underneath is the same.
      expect(sharp.every((v, i) => Math.abs(v - (plain[i] as number)) < 0.12)).toBe(true);
      batch.dispose();
    });
  });

  describe('when one augmentation is turned off', () => {
    it('leaves the random choices of the others unchanged', () => {
      const batch = discs(16);
      const all = run(batch, { seed: 11, erasing: false, blur: false, noise: false });
      const noTone = run(batch, {
        seed: 11,
        erasing: false,
        blur: false,
        noise: false,
        brightness: false,
        contrast: false,
      });
      const geometryOnly = run(batch, { seed: 11, ...ALL_OFF, flip: {}, rotation: {}, shift: {}, zoom: {} });
      expect(noTone).toEqual(geometryOnly);
      expect(all).not.toEqual(noTone);
      batch.dispose();
    });
  });

  describe('when the batch is not a float32 4D tensor', () => {
    it('throws a RangeError', () => {
      const ints = tf.zeros([1, 4, 4, 1], 'int32') as tf.Tensor4D;
      expect(() => augmentImageBatch(ints, { seed: 1 })).toThrow(/float32/);
      ints.dispose();
    });
  });

  describe('when used as the trainer hook inside tf.tidy', () => {
    it('matches augmentImageBatch and leaks no tensor', () => {
      const batch = discs(8);
      const augment = createImageAugmenter({ rotation: { maxDegrees: 15 } });
      const before = tf.memory().numTensors;
      const sum = tf.tidy(() => tf.sum(augment(batch, 21)).dataSync()[0]);
      expect(tf.memory().numTensors).toBe(before);
      const direct = run(batch, { seed: 21, rotation: { maxDegrees: 15 } });
      expect(sum).toBeCloseTo(
        direct.reduce((s, v) => s + v, 0),
        1,
      );
      batch.dispose();
    });
  });
});
