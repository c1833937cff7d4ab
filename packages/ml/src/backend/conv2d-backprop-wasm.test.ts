import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONV_CASES, convGradients } from '../testing/conv-gradients.js';
import { expectClose } from '../testing/expect-close.js';
import { initBackend } from './init-backend.js';

// The two gradient kernels share their cases: conv2DBackpropInputWasmConfig (dx) and
// conv2DBackpropFilterWasmConfig (dw), each against the cpu backend.
describe.each([
  { kernel: 'conv2DBackpropInputWasmConfig', gradient: 'dx', leakCase: 3 },
  { kernel: 'conv2DBackpropFilterWasmConfig', gradient: 'dw', leakCase: 1 },
] as const)('$kernel', ({ gradient, leakCase }) => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe.each(CONV_CASES)('when the input is $input, filter $filter, strides $strides, pad $pad', (testCase) => {
    it(`matches the cpu backend ${gradient === 'dx' ? 'input' : 'filter'} gradient`, async () => {
      const expected = await convGradients('cpu', testCase);
      const actual = await convGradients('wasm', testCase);
      expectClose(actual[gradient], expected[gradient]);
    });
  });

  describe('when a gradient is computed', () => {
    it('leaves no tensors allocated', async () => {
      await tf.setBackend('wasm');
      const before = tf.memory().numTensors;
      await convGradients('wasm', CONV_CASES[leakCase]!);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
