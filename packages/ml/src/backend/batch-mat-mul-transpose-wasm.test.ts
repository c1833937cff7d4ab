import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { initBackend } from './init-backend.js';

const CASES = [
  { a: [5, 3], b: [5, 4], transposeA: true, transposeB: false },
  { a: [3, 5], b: [4, 5], transposeA: false, transposeB: true },
  { a: [5, 3], b: [4, 5], transposeA: true, transposeB: true },
  { a: [2, 6, 3], b: [2, 6, 4], transposeA: true, transposeB: false },
  { a: [2, 3, 6], b: [1, 4, 6], transposeA: false, transposeB: true },
];

async function product(
  backend: 'cpu' | 'wasm',
  c: (typeof CASES)[number],
): Promise<{ values: Float32Array; shape: number[] }> {
  await tf.setBackend(backend);
  const a = tf.tensor(seededValues(c.a, 1), c.a);
  const b = tf.tensor(seededValues(c.b, 2), c.b);
  const out = tf.matMul(a, b, c.transposeA, c.transposeB);
  const result = { values: out.dataSync() as Float32Array, shape: out.shape };
  tf.dispose([a, b, out]);
  return result;
}

describe('createBatchMatMulTransposeConfig', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe.each(CASES)('when $a x $b (transposeA $transposeA, transposeB $transposeB)', (c) => {
    it('gives the cpu backend product', async () => {
      const expected = await product('cpu', c);
      const actual = await product('wasm', c);
      expect(actual.shape).toEqual(expected.shape);
      expectClose(actual.values, expected.values);
    });
  });

  it('leaves no tensors allocated', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory();
    await product('wasm', CASES[2]!);
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
  });
});
