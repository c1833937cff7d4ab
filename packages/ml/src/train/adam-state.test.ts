import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { seededValues } from '../testing/seeded-values.js';
import { createAdam, readAdamState, setAdamLearningRate } from './adam-state.js';

/** Minimises ||v - target||^2 for `steps` steps. */
function descend(optimizer: tf.Optimizer, variable: tf.Variable, steps: number): void {
  const target = tf.tensor1d(seededValues([16], 2));
  for (let i = 0; i < steps; i++)
    optimizer.minimize(() => tf.sum(tf.square(tf.sub(variable, target))), false, [variable]);
  target.dispose();
}

describe('createAdam and readAdamState', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when an optimizer is restored after 300 steps', () => {
    it('continues exactly as the original would have', async () => {
      const start = seededValues([16], 1);
      const [a, b] = [tf.variable(tf.tensor1d(start)), tf.variable(tf.tensor1d(start))];
      const original = await createAdam({ learningRate: 0.01 });
      descend(original, a, 300);
      const state = await readAdamState(original);
      expect(state.scalars.iterations).toBe(300);
      // Adam's own setWeights would recompute this as pow(beta2, 301), which differs in the last bits.
      expect(state.scalars.accBeta2).toBe(Math.fround(state.scalars.accBeta2));
      b.assign(a);
      const moments = state.moments.map((m) => tf.clone(m));
      const restored = await createAdam({ learningRate: 0.01, restore: { scalars: state.scalars, moments } });
      tf.dispose(moments);
      descend(original, a, 50);
      descend(restored, b, 50);
      expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
      expect((await readAdamState(restored)).scalars).toEqual((await readAdamState(original)).scalars);
      tf.dispose([a, b]);
      original.dispose();
      restored.dispose();
    });
  });

  describe('when the learning rate is changed between steps', () => {
    it('applies the new rate to the next step', async () => {
      const [fast, slow] = [tf.variable(tf.zeros([16])), tf.variable(tf.zeros([16]))];
      const [one, two] = [await createAdam({ learningRate: 0.1 }), await createAdam({ learningRate: 0.1 })];
      setAdamLearningRate(two, 0.05);
      descend(one, fast, 1);
      descend(two, slow, 1);
      // Adam's first step moves every weight by about the learning rate.
      expect(Math.abs(fast.dataSync()[0]!)).toBeCloseTo(0.1, 4);
      expect(Math.abs(slow.dataSync()[0]!)).toBeCloseTo(0.05, 4);
      tf.dispose([fast, slow]);
      one.dispose();
      two.dispose();
    });
  });
});
