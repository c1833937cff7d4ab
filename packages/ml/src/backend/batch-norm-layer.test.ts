import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import { seededValues } from '../testing/seeded-values.js';
import { BatchNormalization } from './batch-norm-layer.js';
import { BATCH_NORM_TRAINING } from './batch-norm-training-wasm.js';
import { initBackend } from './init-backend.js';

const SHAPE: [number, number, number, number] = [6, 5, 4, 3];

interface TrainingStep {
  output: Float32Array;
  /** Gradients of sum(output * weights) for x, gamma, beta. */
  gradients: Float32Array[];
  movingMean: Float32Array;
  movingVariance: Float32Array;
}

/** One training-mode call of a batch-norm layer on `backend`, with seeded input, weights and a loss. */
async function trainingStep(backend: 'cpu' | 'wasm', layer: tf.layers.Layer): Promise<TrainingStep> {
  await tf.setBackend(backend);
  // A shifted, scaled input, as after a convolution, so the statistics matter.
  const x = tf.tidy(() => tf.add(tf.mul(tf.tensor4d(seededValues(SHAPE, 1), SHAPE), 3), 1.5));
  const weights = tf.tensor4d(seededValues(SHAPE, 2), SHAPE);
  if (!layer.built) layer.build(SHAPE);
  const initial = [seededValues([3], 3), seededValues([3], 4), [0.1, -0.2, 0.3], [1.5, 0.5, 2]].map((v) =>
    tf.tensor1d(v),
  );
  layer.setWeights(initial);
  tf.dispose(initial);
  const [gamma, beta] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
  const loss = (input: tf.Tensor): tf.Scalar =>
    tf.sum(tf.mul(layer.apply(input, { training: true }) as tf.Tensor, weights));
  const output = tf.tidy(() => layer.apply(x, { training: true }) as tf.Tensor);
  const { value, grads } = tf.variableGrads(() => loss(x), [gamma!, beta!]);
  const dx = tf.grad(loss)(x);
  const [, , movingMean, movingVariance] = layer.getWeights();
  const result = {
    output: output.dataSync() as Float32Array,
    gradients: [dx, grads[gamma!.name]!, grads[beta!.name]!].map((g) => g.dataSync() as Float32Array),
    movingMean: movingMean!.dataSync() as Float32Array,
    movingVariance: movingVariance!.dataSync() as Float32Array,
  };
  tf.dispose([x, weights, output, dx, value, ...Object.values(grads)]);
  return result;
}

describe('BatchNormalization (the one-pass training kernel on wasm)', () => {
  beforeAll(async () => {
    expect(await initBackend({ prefer: 'wasm', nativeKernels: false })).toBe('wasm');
  });

  describe('when it trains on a batch', () => {
    it("gives the stock layer's output, gradients and moving statistics", async () => {
      const expected = await trainingStep('cpu', tf.layers.batchNormalization({ momentum: 0.9 }));
      const kernel = tf.getKernel(BATCH_NORM_TRAINING, 'wasm')!;
      const spy = vi.spyOn(kernel, 'kernelFunc');
      const actual = await trainingStep('wasm', new BatchNormalization({ momentum: 0.9 }));
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
      expectClose(actual.output, expected.output);
      actual.gradients.forEach((gradient, i) => expectClose(gradient, expected.gradients[i]!));
      // Three training-mode applications moved the statistics three times.
      expectClose(actual.movingMean, expected.movingMean);
      expectClose(actual.movingVariance, expected.movingVariance);
    });

    it('leaves no tensors allocated', async () => {
      const layer = new BatchNormalization({ momentum: 0.9 });
      await trainingStep('wasm', layer);
      const before = tf.memory().numTensors;
      await trainingStep('wasm', layer);
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  describe('when a loss depends on the batch statistics too', () => {
    it('back-propagates through mean and variance like moments() does', async () => {
      const gradients = async (backend: 'cpu' | 'wasm'): Promise<Float32Array> => {
        await tf.setBackend(backend);
        const x = tf.tensor4d(seededValues(SHAPE, 5), SHAPE);
        const w = tf.tensor4d(seededValues(SHAPE, 6), SHAPE);
        const [scale, offset] = [tf.tensor1d(seededValues([3], 7)), tf.tensor1d(seededValues([3], 8))];
        const dx = tf.grad((input: tf.Tensor) => {
          if (backend === 'cpu') {
            const { mean, variance } = tf.moments(input, [0, 1, 2]);
            const y = tf.batchNorm(input, mean, variance, offset, scale, 1e-3);
            return tf.addN([tf.sum(tf.mul(y, w)), tf.sum(tf.mul(mean, 2)), tf.sum(tf.mul(variance, -3))]);
          }
          const [y, mean, variance] = tf
            .engine()
            .runKernel(BATCH_NORM_TRAINING, { x: input, scale, offset }, { varianceEpsilon: 1e-3 }) as tf.Tensor[];
          return tf.addN([tf.sum(tf.mul(y!, w)), tf.sum(tf.mul(mean!, 2)), tf.sum(tf.mul(variance!, -3))]);
        })(x);
        const values = dx.dataSync() as Float32Array;
        tf.dispose([x, w, scale, offset, dx]);
        return values;
      };
      expectClose(await gradients('wasm'), await gradients('cpu'));
    });
  });

  describe('when it is serialised and loaded back', () => {
    it('loads as this class under the stock class name', async () => {
      await tf.setBackend('wasm');
      const model = tf.sequential({ layers: [new BatchNormalization({ inputShape: [4, 4, 2] })] });
      const loaded = await tf.models.modelFromJSON({
        modelTopology: model.toJSON(null, false) as tf.io.ModelJSON['modelTopology'],
      });
      expect(loaded.layers[0]!.getClassName()).toBe('BatchNormalization');
      expect(loaded.layers[0]).toBeInstanceOf(BatchNormalization);
      model.dispose();
      loaded.dispose();
    });
  });
});
