import * as tf from '@tensorflow/tfjs';
import { categoricalCrossEntropy } from './categorical-cross-entropy.js';

/** Inputs for one optimisation step. */
export interface TrainStepOptions {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  x: Float32Array;
  y: Int32Array;
  inputShape: number[];
  numClasses: number;
}

/** Runs one batch forward and backward (dropout on) and applies the update; returns its loss and hits. */
export async function trainStep(options: TrainStepOptions): Promise<{ loss: number; correct: number }> {
  const { model, optimizer, x, y, inputShape, numClasses } = options;
  let correct: tf.Scalar | undefined;
  const loss = tf.tidy(() => {
    const xs = tf.tensor(x, [y.length, ...inputShape]);
    const labels = tf.tensor1d(y, 'int32');
    const oneHot = tf.oneHot(labels, numClasses);
    return optimizer.minimize(() => {
      const probabilities = model.apply(xs, { training: true }) as tf.Tensor;
      correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, -1), labels), 'float32')) as tf.Scalar);
      return categoricalCrossEntropy(oneHot, probabilities);
    }, true) as tf.Scalar;
  });
  try {
    const [lossValue, correctValue] = await Promise.all([loss.data(), correct ? correct.data() : Promise.resolve([0])]);
    return { loss: lossValue[0] as number, correct: correctValue[0] as number };
  } finally {
    loss.dispose();
    correct?.dispose();
  }
}
