import * as tf from '@tensorflow/tfjs';

/** The layer every classifier ends with: a softmax over the classes, Glorot-uniform weights from `seed` (undefined: random). */
export function softmaxOutput(numClasses: number, seed: number | undefined): tf.layers.Layer {
  return tf.layers.dense({
    units: numClasses,
    activation: 'softmax',
    kernelInitializer: tf.initializers.glorotUniform({ seed }),
  });
}
