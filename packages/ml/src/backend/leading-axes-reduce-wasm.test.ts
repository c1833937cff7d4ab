import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { initBackend } from './init-backend.js';

const CASES = [
  { shape: [8, 12, 12, 5], axis: [0, 1, 2], keepDims: false },
  { shape: [8, 12, 12, 5], axis: [2, 0, 1], keepDims: true },
  { shape: [600, 7], axis: 0, keepDims: false },
  { shape: [30, 20], axis: [0, 1], keepDims: false },
  { shape: [4, 100, 3], axis: [1], keepDims: false },
];

async function reduce(
  backend: string,
  op: 'sum' | 'mean',
  testCase: (typeof CASES)[number],
): Promise<{ values: Float32Array; shape: number[] }> {
  await tf.setBackend(backend);
  const x = tf.tensor(seededValues(testCase.shape, 3), testCase.shape);
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test runs each reduction by name
  const result = tf[op](x, testCase.axis, testCase.keepDims);
  const out = { values: (await result.data()) as Float32Array, shape: result.shape };
  tf.dispose([x, result]);
  return out;
}

describe('createLeadingAxesReduceConfig', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe.each(CASES)('when reducing $shape over $axis (keepDims $keepDims)', (testCase) => {
    it.each(['sum', 'mean'] as const)('gives the cpu backend %s and shape', async (op) => {
      const expected = await reduce('cpu', op, testCase);
      const actual = await reduce('wasm', op, testCase);
      expect(actual.shape).toEqual(expected.shape);
      expectClose(actual.values, expected.values, 1e-4);
    });
  });

  it('leaves no tensors allocated', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    await reduce('wasm', 'mean', CASES[0]!);
    expect(tf.memory().numTensors).toBe(before);
  });
});
