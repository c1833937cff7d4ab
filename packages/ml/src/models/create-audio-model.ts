import * as tf from '@tensorflow/tfjs';
import { EMOTION_LABELS } from './emotion-labels.js';
import { layerSeed } from './layer-seed.js';
import { softmaxOutput } from './softmax-output.js';

/** Architecture id recorded with models made by {@link createAudioModel}. */
export const AUDIO_ARCHITECTURE = 'mfcc-mlp-v1';

/** Options for {@link createAudioModel}. */
export interface CreateAudioModelOptions {
  /** Length of the pooled-MFCC feature vector (see audioFeatureLength). */
  inputSize: number;
  /** Units in each of the two hidden layers (default 128). */
  hidden?: number;
  /** Dropout rate after each hidden layer (default 0.3). */
  dropout?: number;
  /** Seeds the weight initialisers. */
  seed?: number;
  /** Output classes (default 7). */
  numClasses?: number;
}

/** An MLP on the pooled-MFCC vector: two dense relu layers with dropout, then softmax. */
export function createAudioModel(options: CreateAudioModelOptions): tf.LayersModel {
  const { inputSize, hidden = 128, dropout = 0.3, seed, numClasses = EMOTION_LABELS.length } = options;
  if (!(Number.isInteger(inputSize) && inputSize >= 1))
    throw new RangeError(`createAudioModel: inputSize must be a positive integer, got ${inputSize}`);
  if (!(Number.isInteger(hidden) && hidden >= 1))
    throw new RangeError(`createAudioModel: hidden must be a positive integer, got ${hidden}`);
  if (!(dropout >= 0 && dropout < 1))
    throw new RangeError(`createAudioModel: dropout must be in [0, 1), got ${dropout}`);
  const model = tf.sequential({ name: AUDIO_ARCHITECTURE });
  for (let layer = 0; layer < 2; layer++) {
    model.add(
      tf.layers.dense({
        ...(layer === 0 ? { inputShape: [inputSize] } : {}),
        units: hidden,
        activation: 'relu',
        kernelInitializer: tf.initializers.heNormal({ seed: layerSeed(seed, layer) }),
      }),
    );
    model.add(tf.layers.dropout({ rate: dropout }));
  }
  model.add(softmaxOutput(numClasses, layerSeed(seed, 2)));
  return model;
}
