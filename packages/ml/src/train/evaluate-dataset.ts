import * as tf from '@tensorflow/tfjs';
import type { FeatureStandardization } from '../models/classifier-preprocessing.js';
import { standardizeInPlace } from '../models/standardize-in-place.js';
import type { BatchSource } from './batch-source.js';
import { categoricalCrossEntropy } from './categorical-cross-entropy.js';
import { packBatches } from './pack-batches.js';

const EVAL_BATCH = 256;

/** A labelled source and how to feed it to the model. */
export interface EvaluateDatasetOptions {
  model: tf.LayersModel;
  source: BatchSource;
  /** Passed on to the source (validation order does not change the result). */
  epoch: number;
  seed: number;
  inputShape: number[];
  numClasses: number;
  standardization?: FeatureStandardization;
}

/** Mean (plain, unweighted) cross-entropy and accuracy of the model in inference mode over a source. */
export async function evaluateDataset(options: EvaluateDatasetOptions): Promise<{ loss: number; accuracy: number }> {
  const { model, source, epoch, seed, inputShape, numClasses, standardization } = options;
  const featureLength = inputShape.reduce((a, b) => a * b, 1);
  const chunks = source.batches({ epoch, seed, batchSize: EVAL_BATCH });
  let lossSum = 0;
  let correctSum = 0;
  let seen = 0;
  for await (const { x, y } of packBatches({
    chunks,
    batchSize: EVAL_BATCH,
    featureLength,
    numClasses,
    name: 'validation',
  })) {
    if (standardization) standardizeInPlace(x, standardization);
    const count = y.length;
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
      seen += count;
    } finally {
      tf.dispose([loss, correct]);
    }
  }
  return seen === 0
    ? { loss: Number.NaN, accuracy: Number.NaN }
    : { loss: lossSum / seen, accuracy: correctSum / seen };
}
