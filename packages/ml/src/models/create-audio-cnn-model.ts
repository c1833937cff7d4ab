import * as tf from '@tensorflow/tfjs';
import { BatchNormalization } from '../backend/batch-norm-layer.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { layerSeed } from './layer-seed.js';
import { softmaxOutput } from './softmax-output.js';

/** Architecture id recorded with models made by {@link createAudioCnnModel}. */
export const AUDIO_CNN_ARCHITECTURE = 'logmel-cnn-v1';

/** Options for {@link createAudioCnnModel}. */
export interface CreateAudioCnnModelOptions {
  /** Time frames per example (LogMelConfig.frames). */
  frames: number;
  /** Mel bins per frame (LogMelConfig.melBins). */
  melBins: number;
  /** Filters in the first conv block; blocks two and three use 2x and 4x (default 16). */
  filters?: number;
  /** Dropout rate before the softmax layer (default 0.3). */
  dropout?: number;
  /** Seeds the weight initialisers. */
  seed?: number;
  /** Output classes (default 7). */
  numClasses?: number;
}

const positiveInteger = (value: number) => Number.isInteger(value) && value >= 1;

function validate(options: CreateAudioCnnModelOptions, filters: number, dropout: number): void {
  const fail = (field: string, rule: string, value: number) => {
    throw new RangeError(`createAudioCnnModel: ${field} must be ${rule}, got ${value}`);
  };
  // Three 2x downsamplings need at least 8 cells along each axis.
  if (!(positiveInteger(options.frames) && options.frames >= 8)) fail('frames', 'an integer >= 8', options.frames);
  if (!(positiveInteger(options.melBins) && options.melBins >= 8)) fail('melBins', 'an integer >= 8', options.melBins);
  if (!positiveInteger(filters)) fail('filters', 'a positive integer', filters);
  if (!(dropout >= 0 && dropout < 1)) fail('dropout', 'in [0, 1)', dropout);
  const classes = options.numClasses ?? EMOTION_LABELS.length;
  if (!(positiveInteger(classes) && classes >= 2)) fail('numClasses', 'an integer >= 2', classes);
}

/**
 * A small CNN over log-mel frames, input [frames, melBins, 1]: batch norm on the input (so raw
 * log energies need no external standardisation), three blocks of conv3x3 (no bias) -> batch norm
 * -> relu -> 2x downsampling (stride 2 in the first block, maxpool2 after), then global average pooling (any clip length pools to one vector) ->
 * dropout -> dense softmax. About 25k parameters with the defaults.
 */
export function createAudioCnnModel(options: CreateAudioCnnModelOptions): tf.LayersModel {
  const { frames, melBins, filters = 16, dropout = 0.3, seed, numClasses = EMOTION_LABELS.length } = options;
  validate(options, filters, dropout);
  const model = tf.sequential({ name: AUDIO_CNN_ARCHITECTURE });
  // Momentum 0.9 (not Keras' 0.99) so inference statistics settle within a few hundred steps.
  model.add(new BatchNormalization({ inputShape: [frames, melBins, 1], momentum: 0.9 }));
  for (let block = 0; block < 3; block++) {
    // The first block downsamples with a stride instead of pooling: full-resolution batch norm and
    // pooling cost as much on wasm as all the convolutions together.
    model.add(
      tf.layers.conv2d({
        filters: filters * 2 ** block,
        kernelSize: 3,
        strides: block === 0 ? 2 : 1,
        padding: 'same',
        useBias: false,
        kernelInitializer: tf.initializers.heNormal({ seed: layerSeed(seed, block) }),
      }),
    );
    model.add(new BatchNormalization({ momentum: 0.9 }));
    model.add(tf.layers.activation({ activation: 'relu' }));
    if (block > 0) model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  }
  model.add(tf.layers.globalAveragePooling2d({}));
  model.add(tf.layers.dropout({ rate: dropout }));
  model.add(softmaxOutput(numClasses, layerSeed(seed, 3)));
  return model;
}
