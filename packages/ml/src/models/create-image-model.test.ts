import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { createImageModel, describeImageModel, IMAGE_ARCHITECTURE } from './create-image-model.js';
import { IMAGE_MODEL_PRESETS, imageArchitectureId, parseImageArchitecture } from './image-model-presets.js';

const classNames = (model: { layers: { getClassName(): string }[] }) => model.layers.map((l) => l.getClassName());

describe('createImageModel', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when called with defaults', () => {
    it('builds a small CNN from 48x48x1 to 7 probabilities', () => {
      const model = createImageModel();
      expect(model.inputs[0]?.shape).toEqual([null, 48, 48, 1]);
      expect(model.outputs[0]?.shape).toEqual([null, 7]);
      expect(model.countParams()).toBeGreaterThan(100_000);
      expect(model.countParams()).toBeLessThan(300_000);
      model.dispose();
    });
  });

  describe('when given the same seed twice', () => {
    it('initialises identical weights', () => {
      const [a, b] = [createImageModel({ seed: 9 }), createImageModel({ seed: 9 })];
      const weights = (m: typeof a) => m.getWeights().map((w) => Array.from(w.dataSync()));
      expect(weights(a)).toEqual(weights(b));
      a.dispose();
      b.dispose();
    });
  });

  describe('when an option is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => createImageModel({ dropout: 1.5 })).toThrow(/dropout/);
      expect(() => createImageModel({ filters: 0 })).toThrow(/filters/);
      expect(() => createImageModel({ blocks: 5 })).toThrow(/blocks/);
      expect(() => createImageModel({ convsPerBlock: 0 })).toThrow(/convsPerBlock/);
      expect(() => createImageModel({ preset: 'cnn-huge' as never })).toThrow(/preset/);
    });
  });

  describe("when the 'cnn-large' preset is chosen", () => {
    it('builds a VGG-style network of 1-2M parameters with two convs per block', () => {
      const model = createImageModel({ preset: 'cnn-large' });
      expect(model.countParams()).toBeGreaterThan(1_000_000);
      expect(model.countParams()).toBeLessThan(2_000_000);
      expect(classNames(model).filter((n) => n === 'Conv2D')).toHaveLength(8);
      expect(classNames(model).filter((n) => n === 'MaxPooling2D')).toHaveLength(4);
      expect(model.outputs[0]?.shape).toEqual([null, 7]);
      model.dispose();
    });
  });

  describe("when the 'cnn-soft16' preset is chosen", () => {
    it('averages the 48x48 input down to 16x16 before VGG-style blocks', () => {
      const model = createImageModel({ preset: 'cnn-soft16' });
      expect(model.inputs[0]?.shape).toEqual([null, 48, 48, 1]);
      expect(model.layers[0]?.getClassName()).toBe('AveragePooling2D');
      expect(model.layers[0]?.outputShape).toEqual([null, 16, 16, 1]);
      expect(classNames(model).filter((n) => n === 'Conv2D')).toHaveLength(6);
      expect(model.countParams()).toBeGreaterThan(300_000);
      expect(model.countParams()).toBeLessThan(600_000);
      model.dispose();
    });

    it('refuses more blocks than 16 px can be pooled by', () => {
      expect(() => createImageModel({ preset: 'cnn-soft16', inputPool: 4, blocks: 4 })).toThrow(/below 1 px/);
      expect(() => createImageModel({ inputPool: 5 })).toThrow(/inputPool/);
    });
  });

  describe("when the 'vgg40-bn' preset is chosen", () => {
    it('takes 48x48 features and convolves their centre 40x40', () => {
      const model = createImageModel({ preset: 'vgg40-bn', seed: 1 });
      expect(model.inputs[0]?.shape).toEqual([null, 48, 48, 1]);
      expect(model.layers[0]?.getClassName()).toBe('Cropping2D');
      expect(model.layers[0]?.outputShape).toEqual([null, 40, 40, 1]);
      expect(model.layers.find((l) => l.getClassName() === 'Flatten')?.outputShape).toEqual([null, 5 * 5 * 128]);
      // Pixels outside the centre cannot change the prediction.
      const inside = tf.randomUniform([1, 48, 48, 1], 0, 1, 'float32', 5);
      const border = tf.pad(
        tf.zeros([1, 40, 40, 1]),
        [
          [0, 0],
          [4, 4],
          [4, 4],
          [0, 0],
        ],
        1,
      );
      const a = (model.predict(inside) as tf.Tensor).dataSync();
      const b = (model.predict(tf.add(inside, border)) as tf.Tensor).dataSync();
      expect(Array.from(b)).toEqual(Array.from(a));
      tf.dispose([inside, border]);
      model.dispose();
    });

    it('refuses crops that leave too little to pool', () => {
      expect(() => createImageModel({ inputCrop: 9 })).toThrow(/inputCrop/);
      expect(() => createImageModel({ preset: 'cnn-soft16', inputCrop: 8, blocks: 4 })).toThrow(/below 1 px/);
    });
  });

  describe('when depth, width and batch norm are overridden', () => {
    it('builds exactly those layers', () => {
      const model = createImageModel({ blocks: 2, filters: 8, convsPerBlock: 3, batchNorm: false });
      const names = classNames(model);
      expect(names.filter((n) => n === 'Conv2D')).toHaveLength(6);
      expect(names).not.toContain('BatchNormalization');
      expect(model.layers.find((l) => l.getClassName() === 'Conv2D')?.getWeights()).toHaveLength(2); // kernel and bias
      expect(model.layers[2]?.outputShape).toEqual([null, 48, 48, 8]);
      expect(model.layers[5]?.outputShape).toEqual([null, 24, 24, 16]);
      model.dispose();
    });
  });
});

describe('imageArchitectureId', () => {
  describe('when a preset is used unchanged', () => {
    it('is the preset id', () => {
      expect(describeImageModel().architecture).toBe(IMAGE_ARCHITECTURE);
      expect(
        describeImageModel({ preset: 'cnn-large', filters: IMAGE_MODEL_PRESETS['cnn-large'].filters }).architecture,
      ).toBe('cnn-large-v1');
    });
  });

  describe('when knobs are overridden', () => {
    it('lists them in a fixed order and parses back to the same config', () => {
      const { config, architecture } = describeImageModel({ dense: 32, batchNorm: false, filters: 8, seed: 3 });
      expect(architecture).toBe('cnn-small-v1:filters=8,batchNorm=false,dense=32');
      expect(parseImageArchitecture(architecture)).toEqual({ preset: 'cnn-small', config });
      expect(imageArchitectureId('cnn-small', config)).toBe(architecture);
    });

    it('round-trips the newer presets and the input pooling knob', () => {
      const { config, architecture } = describeImageModel({ preset: 'cnn-soft16-wide', inputPool: 2 });
      expect(architecture).toBe('cnn-soft16-wide-v1:inputPool=2');
      expect(parseImageArchitecture(architecture)).toEqual({ preset: 'cnn-soft16-wide', config });
      expect(describeImageModel({ preset: 'cnn-soft16' }).architecture).toBe('cnn-soft16-v1');
    });
  });

  describe('when an id is not an image architecture', () => {
    it('parses to undefined', () => {
      expect(parseImageArchitecture('mfcc-mlp-v1')).toBeUndefined();
      expect(parseImageArchitecture('cnn-small-v1:wings=2')).toBeUndefined();
      expect(parseImageArchitecture('cnn-small-v1:blocks=9')).toBeUndefined();
      expect(parseImageArchitecture('cnn-tiny-v1')).toBeUndefined();
    });
  });
});
