import * as tf from '@tensorflow/tfjs';
import { BATCH_NORM_TRAINING, type BatchNormTrainingAttrs } from './batch-norm-training-wasm.js';

/** The fields of tfjs-layers' BatchNormalization that training mode reads. */
interface BatchNormFields {
  axis: number;
  momentum: number;
  epsilon: number;
  gamma: tf.LayerVariable | null;
  beta: tf.LayerVariable | null;
  movingMean: tf.LayerVariable;
  movingVariance: tf.LayerVariable;
}

type LayerCall = (inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }) => tf.Tensor | tf.Tensor[];

// tfjs exports only the factory; the class is what it returns.
const StockBatchNormalization = tf.layers.batchNormalization({}).constructor as unknown as new (
  config?: object,
) => tf.layers.Layer;

/**
 * tfjs-layers' BatchNormalization, except that in training on wasm with channels last it runs the
 * one-pass BATCH_NORM_TRAINING kernel (same statistics, same moving-average updates) instead of
 * moments() + FusedBatchNorm. Registered under the stock class name, so saved models load into it;
 * weights, config and inference are the stock layer's.
 */
export class BatchNormalization extends StockBatchNormalization {
  static readonly className = 'BatchNormalization';

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor | tf.Tensor[] {
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    const self = this as unknown as BatchNormFields;
    const lastAxis = input !== undefined && (self.axis === -1 || self.axis === input.rank - 1);
    if (
      !kwargs.training ||
      !lastAxis ||
      !self.gamma ||
      !self.beta ||
      input.dtype !== 'float32' ||
      tf.getBackend() !== 'wasm' ||
      !tf.getKernel(BATCH_NORM_TRAINING, 'wasm')
    ) {
      return (super.call as LayerCall).call(this, inputs, kwargs);
    }
    const { gamma, beta } = self;
    return tf.tidy(() => {
      const attrs: BatchNormTrainingAttrs = { varianceEpsilon: self.epsilon };
      const [normalised, mean, variance] = tf
        .engine()
        .runKernel(
          BATCH_NORM_TRAINING,
          { x: input, scale: gamma.read(), offset: beta.read() },
          attrs as unknown as tf.NamedAttrMap,
        ) as tf.Tensor[];
      // The stock layer's moving-average update, term for term.
      for (const [variable, value] of [
        [self.movingMean, mean!],
        [self.movingVariance, variance!],
      ] as const) {
        tf.tidy(() => {
          const current = variable.read();
          variable.write(tf.sub(current, tf.mul(tf.sub(current, value), 1 - self.momentum)));
        });
      }
      return normalised!;
    });
  }
}
