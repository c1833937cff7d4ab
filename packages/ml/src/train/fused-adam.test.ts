import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ADAM_UPDATE } from '../backend/adam-update-wasm.js';
import { initBackend } from '../backend/init-backend.js';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { FusedAdamOptimizer } from './fused-adam.js';

/** 40 Adam steps on a small least-squares problem with two variables; returns the final values. */
function descend(optimizer: tf.Optimizer): Float32Array[] {
  const a = tf.variable(tf.tensor2d(seededValues([4, 3], 1), [4, 3]));
  const b = tf.variable(tf.tensor1d(seededValues([3], 2)));
  const x = tf.tensor2d(seededValues([8, 4], 3), [8, 4]);
  const target = tf.tensor2d(seededValues([8, 3], 4), [8, 3]);
  for (let i = 0; i < 40; i++) {
    optimizer.minimize(() => tf.mean(tf.square(tf.sub(tf.add(tf.matMul(x, a), b), target))), false, [a, b]);
  }
  const values = [a.dataSync() as Float32Array, b.dataSync() as Float32Array];
  tf.dispose([a, b, x, target]);
  return values;
}

describe('FusedAdamOptimizer', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
  });

  describe('when it trains on wasm', () => {
    it('follows the stock Adam optimizer, one fused kernel per variable and step', () => {
      const stock = tf.train.adam(0.05);
      const expected = descend(stock);
      const spy = vi.spyOn(tf.getKernel(ADAM_UPDATE, 'wasm')!, 'kernelFunc');
      const fused = new FusedAdamOptimizer(0.05, 0.9, 0.999);
      const actual = descend(fused);
      expect(spy).toHaveBeenCalledTimes(80);
      spy.mockRestore();
      actual.forEach((values, i) => expectClose(values, expected[i]!, 1e-5));
      expect(fused.iterations).toBe(40);
      stock.dispose();
      fused.dispose();
    });

    it('keeps its moments where the stock getWeights finds them, and leaks nothing per step', async () => {
      const fused = new FusedAdamOptimizer(0.05, 0.9, 0.999);
      const [a, b] = [tf.variable(tf.ones([3, 2])), tf.variable(tf.zeros([2]))];
      const steps = (count: number): void => {
        for (let i = 0; i < count; i++) fused.minimize(() => tf.sum(tf.square(tf.add(a, b))), false, [a, b]);
      };
      steps(2);
      const before = tf.memory().numTensors;
      steps(5);
      expect(tf.memory().numTensors).toBe(before);
      const weights = await fused.getWeights();
      expect(weights.map((w) => w.name)).toEqual(['iter', `${a.name}/m`, `${b.name}/m`, `${a.name}/v`, `${b.name}/v`]);
      expect(weights[1]!.tensor.shape).toEqual([3, 2]);
      weights[0]!.tensor.dispose();
      tf.dispose([a, b]);
      fused.dispose();
    });
  });

  describe('when it has weight decay (AdamW)', () => {
    it('shrinks conv and dense kernels by learningRate * weightDecay each step, and leaves biases alone', () => {
      const optimizer = new FusedAdamOptimizer(0.1, 0.9, 0.999, undefined, 0.5);
      const kernel = tf.variable(tf.fill([2, 2], 2), true, 'dense_Dense9/kernel');
      const bias = tf.variable(tf.fill([2], 2), true, 'dense_Dense9/bias');
      // A zero gradient leaves Adam's own step at 0, so only the decay moves the weights.
      for (let i = 0; i < 3; i++)
        optimizer.minimize(() => tf.mul(tf.add(tf.sum(kernel), tf.sum(bias)), 0), false, [kernel, bias]);
      expectClose(kernel.dataSync() as Float32Array, new Float32Array(4).fill(2 * 0.95 ** 3), 1e-6);
      expectClose(bias.dataSync() as Float32Array, new Float32Array(2).fill(2), 0);
      tf.dispose([kernel, bias]);
      optimizer.dispose();
    });

    it('refuses a decay outside [0, 1)', () => {
      expect(() => new FusedAdamOptimizer(0.1, 0.9, 0.999, undefined, 1)).toThrow(/weightDecay/);
    });
  });
});
