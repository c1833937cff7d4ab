import * as tf from '@tensorflow/tfjs';
import { resolveAugmentOptions, type AugmentImageOptions } from './augment-options.js';
import { augmentImage } from './augment-image.js';
import { applyCameraEffects, drawCameraEffects } from './camera-effects.js';
import { drawAugmentation } from './draw-augmentation.js';
import { createRng } from '../preprocess/create-rng.js';

/** Options for {@link augmentImageBatch}: the augmentations plus the seed that drives them. */
export interface AugmentImageBatchOptions extends AugmentImageOptions {
  /** Same seed and batch, same output; any integer. */
  seed: number;
}

/**
 * Randomly flips, rotates, shifts, zooms, jitters brightness and contrast, erases a rectangle,
 * blurs and adds sensor noise to each image of a float32 batch [n, height, width, channels] with values in [0, 1], driven
 * only by `seed`. Returns a new tensor of the same shape with values in [0, 1]; the input is
 * left alone. Synchronous, so it can run inside tf.tidy (the training step calls it there).
 */
export function augmentImageBatch(batch: tf.Tensor4D, options: AugmentImageBatchOptions): tf.Tensor4D {
  const { seed, ...rest } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (batch.rank !== 4 || batch.dtype !== 'float32') {
    throw new RangeError(
      `augmentImageBatch needs a float32 [n, height, width, channels] batch, got ${batch.dtype} [${batch.shape.join(', ')}]`,
    );
  }
  const resolved = resolveAugmentOptions(rest);
  const [n, height, width, channels] = batch.shape;
  const input = batch.dataSync() as Float32Array;
  const output = new Float32Array(input.length);
  const random = createRng(seed);
  // Erasing noise has its own stream, so the number of noise pixels never shifts other draws.
  const noise = createRng(seed ^ 0x5bd1e995);
  // Blur and sensor noise came later: streams of their own keep the other augmentations' draws as they were.
  const camera = createRng(seed ^ 0x27d4eb2f);
  const grain = createRng(seed ^ 0x165667b1);
  const imageSize = height * width * channels;
  for (let i = 0; i < n; i++) {
    const augmentation = drawAugmentation(resolved, random);
    const offset = i * imageSize;
    augmentImage({ input, output, offset, height, width, channels, augmentation, options: resolved, random: noise });
    applyCameraEffects({
      output,
      offset,
      height,
      width,
      channels,
      effects: drawCameraEffects(resolved, camera),
      random: grain,
    });
  }
  return tf.tensor4d(output, batch.shape, 'float32');
}

/**
 * Fixes the augmentations once (validating them now) and returns a `(batch, seed) => batch`
 * function, the shape of the trainer's per-batch augmentation hook.
 */
export function createImageAugmenter(
  options: AugmentImageOptions = {},
): (batch: tf.Tensor4D, seed: number) => tf.Tensor4D {
  resolveAugmentOptions(options);
  return (batch, seed) => augmentImageBatch(batch, { ...options, seed });
}
