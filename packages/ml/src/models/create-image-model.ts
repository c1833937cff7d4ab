import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../preprocess/image-to-features.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { layerSeed } from './layer-seed.js';

/** Architecture id recorded with models made by {@link createImageModel}. */
export const IMAGE_ARCHITECTURE = 'cnn-small-v1';

/** Options for {@link createImageModel}. */
export interface CreateImageModelOptions {
  /** Filters in the first conv block; blocks two and three use 2x and 4x (default 16). */
  filters?: number;
  /** Dropout rate before each dense layer (default 0.3). */
  dropout?: number;
  /** Units in the hidden dense layer (default 64). */
  dense?: number;
  /** Seeds the weight initialisers. */
  seed?: number;
  /** Output classes (default 7). */
  numClasses?: number;
}

/**
 * A small CNN for 48x48x1 inputs: three blocks of conv3x3 (no bias) -> batch norm -> relu ->
 * maxpool2, then flatten -> dropout -> dense relu -> dropout -> dense softmax.
 * About 170k parameters with the defaults.
 */
export function createImageModel(options: CreateImageModelOptions = {}): tf.LayersModel {
  const { filters = 16, dropout = 0.3, dense = 64, seed, numClasses = EMOTION_LABELS.length } = options;
  if (!(Number.isInteger(filters) && filters >= 1)) throw new RangeError(`createImageModel: filters must be a positive integer, got ${filters}`);
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`createImageModel: dropout must be in [0, 1), got ${dropout}`);
  if (!(Number.isInteger(dense) && dense >= 1)) throw new RangeError(`createImageModel: dense must be a positive integer, got ${dense}`);
  const model = tf.sequential({ name: IMAGE_ARCHITECTURE });
  for (let block = 0; block < 3; block++) {
    model.add(
      tf.layers.conv2d({
        ...(block === 0 ? { inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1] } : {}),
        filters: filters * 2 ** block,
        kernelSize: 3,
        padding: 'same',
        useBias: false,
        kernelInitializer: tf.initializers.heNormal({ seed: layerSeed(seed, block) }),
      }),
    );
    // Momentum 0.9 (not Keras' 0.99) so inference statistics settle within a few hundred steps.
    model.add(tf.layers.batchNormalization({ momentum: 0.9 }));
    model.add(tf.layers.activation({ activation: 'relu' }));
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  }
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({ rate: dropout }));
  model.add(tf.layers.dense({ units: dense, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: layerSeed(seed, 3) }) }));
  model.add(tf.layers.dropout({ rate: dropout }));
  model.add(
    tf.layers.dense({ units: numClasses, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: layerSeed(seed, 4) }) }),
  );
  return model;
}
