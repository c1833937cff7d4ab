import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from './init-backend.js';

describe('createSharedBufferConfig (Identity and same-dtype Cast on wasm)', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe('when a tensor is cloned or cast to its own dtype', () => {
    it.each([
      ['clone', (x: tf.Tensor) => tf.clone(x)],
      ['cast', (x: tf.Tensor) => tf.cast(x, 'float32')],
    ])('%s shares the buffer, and the copy outlives the original', (_name, copy) => {
      const before = tf.memory();
      const x = tf.tensor1d([1.5, -2, 3]);
      const y = copy(x);
      expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers + 1);
      x.dispose();
      expect(Array.from(y.dataSync())).toEqual([1.5, -2, 3]);
      y.dispose();
      expect(tf.memory().numTensors).toBe(before.numTensors);
      expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
    });
  });

  describe('when the dtype changes', () => {
    it('still converts the values', () => {
      const x = tf.tensor1d([1.7, -2.2, 3]);
      const y = tf.cast(x, 'int32');
      expect(y.dtype).toBe('int32');
      expect(Array.from(y.dataSync())).toEqual([1, -2, 3]);
      tf.dispose([x, y]);
    });
  });
});
