import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { initBackend } from './init-backend.js';

interface PoolCase {
  input: [number, number, number, number];
  size: number;
  strides: number;
  pad: 'same' | 'valid';
}

const CASES: PoolCase[] = [
  { input: [2, 8, 8, 3], size: 2, strides: 2, pad: 'valid' },
  { input: [2, 7, 9, 2], size: 2, strides: 2, pad: 'same' },
  { input: [2, 7, 9, 2], size: 2, strides: 2, pad: 'valid' },
  { input: [1, 9, 9, 4], size: 3, strides: 2, pad: 'same' },
  { input: [2, 6, 6, 1], size: 3, strides: 1, pad: 'valid' },
];

async function poolGradient(backend: 'cpu' | 'wasm', testCase: PoolCase): Promise<Float32Array> {
  await tf.setBackend(backend);
  const x = tf.tensor4d(seededValues(testCase.input, 3), testCase.input);
  const dx = tf.grad((a: tf.Tensor) =>
    tf.sum(tf.square(tf.maxPool(a as tf.Tensor4D, testCase.size, testCase.strides, testCase.pad))),
  )(x);
  try {
    return (await dx.data()) as Float32Array;
  } finally {
    tf.dispose([x, dx]);
  }
}

describe('maxPoolGradWasmConfig', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe.each(CASES)('when the input is $input, window $size, strides $strides, pad $pad', (testCase) => {
    it('matches the cpu backend gradient', async () => {
      expectClose(await poolGradient('wasm', testCase), await poolGradient('cpu', testCase), 1e-6);
    });
  });

  describe('when a gradient is computed', () => {
    it('leaves no tensors allocated', async () => {
      await tf.setBackend('wasm');
      const before = tf.memory().numTensors;
      await poolGradient('wasm', CASES[2]!);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
