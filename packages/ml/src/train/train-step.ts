import * as tf from '@tensorflow/tfjs';
import { weightedCrossEntropy } from './weighted-cross-entropy.js';

/** Rewrites an image batch (e.g. random flips and crops) from a seed; must keep its shape. */
export type AugmentBatch = (batch: tf.Tensor4D, seed: number) => tf.Tensor4D;

/** How every step shapes its loss; fixed for a run. */
export interface StepLossOptions {
  numClasses: number;
  /** Spreads this much target mass evenly over all classes (0 = plain one-hot). */
  labelSmoothing: number;
  /** Per-class loss weights. */
  classWeights?: readonly number[];
  /** Applied to image batches before the forward pass. */
  augment?: AugmentBatch;
}

/** Inputs for one optimisation step. */
export interface TrainStepOptions extends StepLossOptions {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  /** Trainable variables, in a fixed order (the optimizer keys its moments by position). */
  variables: tf.Variable[];
  x: Float32Array;
  y: Int32Array;
  inputShape: number[];
  /** Seeds `augment` for this batch. */
  augmentSeed: number;
}

function augmented(xs: tf.Tensor, options: TrainStepOptions): tf.Tensor {
  if (!options.augment || xs.rank !== 4) return xs;
  const out = options.augment(xs as tf.Tensor4D, options.augmentSeed);
  if (!tf.util.arraysEqual(out.shape, xs.shape)) {
    throw new RangeError(
      `augment must keep the batch shape [${xs.shape.join(', ')}], returned [${out.shape.join(', ')}]`,
    );
  }
  return out;
}

/** Runs one batch forward and backward (dropout on) and applies the update; returns its loss and hits. */
export async function trainStep(options: TrainStepOptions): Promise<{ loss: number; correct: number }> {
  const { model, optimizer, variables, x, y, inputShape, numClasses, labelSmoothing, classWeights } = options;
  let correct: tf.Scalar | undefined;
  let loss: tf.Scalar;
  try {
    loss = tf.tidy(() => {
      const xs = augmented(tf.tensor(x, [y.length, ...inputShape]), options);
      const labels = tf.tensor1d(y, 'int32');
      const oneHot = tf.oneHot(labels, numClasses);
      const targets =
        labelSmoothing > 0 ? tf.add(tf.mul(oneHot, 1 - labelSmoothing), labelSmoothing / numClasses) : oneHot;
      const sampleWeights = classWeights ? tf.gather(tf.tensor1d([...classWeights], 'float32'), labels) : undefined;
      return optimizer.minimize(
        () => {
          const probabilities = model.apply(xs, { training: true }) as tf.Tensor;
          correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, -1), labels), 'float32')) as tf.Scalar);
          return weightedCrossEntropy({ targets, probabilities, sampleWeights });
        },
        true,
        variables,
      ) as tf.Scalar;
    });
  } catch (error) {
    correct?.dispose();
    throw error;
  }
  try {
    const [lossValue, correctValue] = await Promise.all([loss.data(), correct ? correct.data() : Promise.resolve([0])]);
    return { loss: lossValue[0] as number, correct: correctValue[0] as number };
  } finally {
    loss.dispose();
    correct?.dispose();
  }
}
