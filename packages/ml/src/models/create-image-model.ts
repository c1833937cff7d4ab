import * as tf from '@tensorflow/tfjs';
import { BatchNormalization } from '../backend/batch-norm-layer.js';
import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import {
  imageArchitectureId,
  resolveImageNetwork,
  type ImageModelPreset,
  type ImageNetworkConfig,
} from './image-model-presets.js';
import { layerSeed } from './layer-seed.js';
import { softmaxOutput } from './softmax-output.js';

/** Architecture id of the default network (the 'cnn-small' preset unchanged). */
export const IMAGE_ARCHITECTURE = 'cnn-small-v1';

/** Options for {@link createImageModel}: a preset plus any knobs to override. */
export interface CreateImageModelOptions extends Partial<ImageNetworkConfig> {
  /** Starting point (default 'cnn-small'). */
  preset?: ImageModelPreset;
  /** Seeds the weight initialisers. */
  seed?: number;
  /** Output classes (default 7). */
  numClasses?: number;
}

/** The preset, full config and architecture id createImageModel builds for these options (validated). */
export function describeImageModel(options: CreateImageModelOptions = {}): {
  preset: ImageModelPreset;
  config: ImageNetworkConfig;
  architecture: string;
} {
  const { preset = 'cnn-small', seed: _seed, numClasses: _numClasses, ...overrides } = options;
  const config = resolveImageNetwork(preset, overrides);
  return { preset, config, architecture: imageArchitectureId(preset, config) };
}

function addConvBlock(
  model: tf.Sequential,
  options: { config: ImageNetworkConfig; block: number; firstSeed: number; seed?: number },
): void {
  const { config, block, firstSeed, seed } = options;
  for (let conv = 0; conv < config.convsPerBlock; conv++) {
    const first = block === 0 && conv === 0 && config.inputPool === 1 && config.inputCrop === 0;
    model.add(
      tf.layers.conv2d({
        ...(first ? { inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1] } : {}),
        filters: config.filters * 2 ** block,
        kernelSize: 3,
        padding: 'same',
        useBias: !config.batchNorm,
        activation: config.batchNorm ? 'linear' : 'relu',
        kernelInitializer: tf.initializers.heNormal({ seed: layerSeed(seed, firstSeed + conv) }),
      }),
    );
    if (config.batchNorm) {
      // Momentum 0.9 (not Keras' 0.99) so inference statistics settle within a few hundred steps.
      model.add(new BatchNormalization({ momentum: 0.9 }));
      model.add(tf.layers.activation({ activation: 'relu' }));
    }
  }
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  if (config.blockDropout > 0) model.add(tf.layers.dropout({ rate: config.blockDropout }));
}

/**
 * A CNN for 48x48x1 inputs from the image family: (centre crop ->) (average pool ->) `blocks` blocks of `convsPerBlock` conv3x3
 * (-> batch norm) -> relu, each closed by maxpool2 (-> dropout), then flatten -> dropout ->
 * dense relu -> dropout -> dense softmax. The defaults ('cnn-small') give about 170k parameters;
 * 'cnn-large' about 1.8M. Options are validated (RangeError naming the field).
 */
export function createImageModel(options: CreateImageModelOptions = {}): tf.LayersModel {
  const { seed, numClasses = EMOTION_LABELS.length } = options;
  const { preset, config } = describeImageModel(options);
  if (!(Number.isInteger(numClasses) && numClasses >= 2))
    throw new RangeError(`createImageModel: numClasses must be an integer >= 2, got ${numClasses}`);
  const model = tf.sequential({ name: `${preset}-v1` });
  const inputShape = [IMAGE_SIZE, IMAGE_SIZE, 1];
  if (config.inputCrop > 0) {
    // A layer of the model (not a preprocessing step), so every caller that feeds 48x48 features gets the centre crop.
    model.add(tf.layers.cropping2D({ inputShape, cropping: config.inputCrop }));
  }
  if (config.inputPool > 1) {
    model.add(
      tf.layers.averagePooling2d({
        ...(config.inputCrop > 0 ? {} : { inputShape }),
        poolSize: config.inputPool,
        strides: config.inputPool,
      }),
    );
  }
  // Seeds follow conv order, then the two dense layers, so 'cnn-small' keeps its original initial weights.
  for (let block = 0; block < config.blocks; block++) {
    addConvBlock(model, { config, block, firstSeed: block * config.convsPerBlock, seed });
  }
  const convs = config.blocks * config.convsPerBlock;
  model.add(tf.layers.flatten());
  model.add(tf.layers.dropout({ rate: config.dropout }));
  const denseInit = tf.initializers.heNormal({ seed: layerSeed(seed, convs) });
  if (config.denseBatchNorm) {
    model.add(tf.layers.dense({ units: config.dense, useBias: false, kernelInitializer: denseInit }));
    model.add(new BatchNormalization({ momentum: 0.9 }));
    model.add(tf.layers.activation({ activation: 'relu' }));
  } else {
    model.add(tf.layers.dense({ units: config.dense, activation: 'relu', kernelInitializer: denseInit }));
  }
  model.add(tf.layers.dropout({ rate: config.dropout }));
  model.add(softmaxOutput(numClasses, layerSeed(seed, convs + 1)));
  return model;
}
