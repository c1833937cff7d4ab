import * as tf from '@tensorflow/tfjs';
import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { categoricalCrossEntropy } from './categorical-cross-entropy.js';
import { packBatch } from './pack-batch.js';

const EVAL_BATCH = 256;

/** A labelled dataset and how to feed it to the model. */
export interface EvaluateDatasetOptions {
  model: tf.LayersModel;
  features: Float32Array[];
  labels: number[];
  inputShape: number[];
  numClasses: number;
  standardization?: FeatureStandardization;
}

/** Mean loss and accuracy of the model (inference mode) over a dataset. */
export async function evaluateDataset(options: EvaluateDatasetOptions): Promise<{ loss: number; accuracy: number }> {
  const { model, features, labels, inputShape, numClasses, standardization } = options;
  const featureLength = inputShape.reduce((a, b) => a * b, 1);
  let lossSum = 0;
  let correctSum = 0;
  for (let start = 0; start < features.length; start += EVAL_BATCH) {
    const count = Math.min(EVAL_BATCH, features.length - start);
    const indices = Array.from({ length: count }, (_, i) => start + i);
    const { x, y } = packBatch({ features, labels, indices, featureLength, standardization });
    const [loss, correct] = tf.tidy(() => {
      const truth = tf.tensor1d(y, 'int32');
      const probabilities = model.predict(tf.tensor(x, [count, ...inputShape])) as tf.Tensor;
      return [
        tf.mul(categoricalCrossEntropy(tf.oneHot(truth, numClasses), probabilities), count),
        tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, -1), truth), 'float32')),
      ];
    });
    try {
      lossSum += (await loss.data())[0] as number;
      correctSum += (await correct.data())[0] as number;
    } finally {
      tf.dispose([loss, correct]);
    }
  }
  return { loss: lossSum / features.length, accuracy: correctSum / features.length };
}
