import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONV_CASES, convGradients } from '../testing/conv-gradients.js';
import { expectClose } from '../testing/expect-close.js';
import { initBackend } from './init-backend.js';

describe('conv2DBackpropInputWasmConfig', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe.each(CONV_CASES)('when the input is $input, filter $filter, strides $strides, pad $pad', (testCase) => {
    it('matches the cpu backend input gradient', async () => {
      const expected = await convGradients('cpu', testCase);
      const actual = await convGradients('wasm', testCase);
      expectClose(actual.dx, expected.dx);
    });
  });

  describe('when a gradient is computed', () => {
    it('leaves no tensors allocated', async () => {
      await tf.setBackend('wasm');
      const before = tf.memory().numTensors;
      await convGradients('wasm', CONV_CASES[3]!);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
