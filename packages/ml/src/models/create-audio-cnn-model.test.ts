import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { DEFAULT_LOG_MEL_CONFIG } from '../preprocess/audio/log-mel/log-mel-config.js';
import { toneLogMelDataset } from '../testing/tone-log-mel-dataset.js';
import { AUDIO_CNN_ARCHITECTURE, createAudioCnnModel } from './create-audio-cnn-model.js';

const config = { ...DEFAULT_LOG_MEL_CONFIG, frames: 40, melBins: 32 };

describe('createAudioCnnModel', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when called with the default log-mel shape', () => {
    it('builds a small CNN from [frames, melBins, 1] to 7 probabilities', () => {
      const model = createAudioCnnModel({
        frames: DEFAULT_LOG_MEL_CONFIG.frames,
        melBins: DEFAULT_LOG_MEL_CONFIG.melBins,
      });
      expect(model.name).toBe(AUDIO_CNN_ARCHITECTURE);
      expect(model.inputs[0]?.shape).toEqual([null, 200, 64, 1]);
      expect(model.outputs[0]?.shape).toEqual([null, 7]);
      expect(model.countParams()).toBeGreaterThan(10_000);
      expect(model.countParams()).toBeLessThan(50_000);
      model.dispose();
    });
  });

  describe('when given the same seed twice', () => {
    it('initialises identical weights', () => {
      const [a, b] = [
        createAudioCnnModel({ frames: 16, melBins: 16, seed: 3 }),
        createAudioCnnModel({ frames: 16, melBins: 16, seed: 3 }),
      ];
      const weights = (m: tf.LayersModel) => m.getWeights().map((w) => Array.from(w.dataSync()));
      expect(weights(a)).toEqual(weights(b));
      a.dispose();
      b.dispose();
    });
  });

  describe('when an option is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => createAudioCnnModel({ frames: 4, melBins: 64 })).toThrow(/frames/);
      expect(() => createAudioCnnModel({ frames: 100, melBins: 0 })).toThrow(/melBins/);
      expect(() => createAudioCnnModel({ frames: 100, melBins: 64, dropout: 1 })).toThrow(/dropout/);
      expect(() => createAudioCnnModel({ frames: 100, melBins: 64, filters: 1.5 })).toThrow(/filters/);
      expect(() => createAudioCnnModel({ frames: 100, melBins: 64, numClasses: 1 })).toThrow(/numClasses/);
    });
  });

  describe('when fitted on log-mel frames of two tone classes', () => {
    it('reaches over 90% accuracy in training and inference mode without leaking tensors', async () => {
      const { features, labels } = toneLogMelDataset({ frequencies: [300, 1200], count: 48, seed: 5, config });
      const before = tf.memory().numTensors;
      const model = createAudioCnnModel({ frames: config.frames, melBins: config.melBins, numClasses: 2, seed: 1 });
      const x = tf.tensor4d(
        features.flatMap((f) => Array.from(f)),
        [features.length, config.frames, config.melBins, 1],
      );
      const y = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), 2));
      const optimizer = tf.train.adam(0.01);
      try {
        model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
        const history = await model.fit(x, y, { epochs: 8, batchSize: 16, shuffle: false, verbose: 0 });
        expect(history.history['acc']?.at(-1)).toBeGreaterThan(0.9);
        const predicted = tf.tidy(() => (model.predict(x) as tf.Tensor).argMax(-1).dataSync());
        const correct = labels.filter((label, i) => predicted[i] === label).length;
        expect(correct / labels.length).toBeGreaterThan(0.9);
      } finally {
        tf.dispose([x, y]);
        optimizer.dispose();
        model.dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
