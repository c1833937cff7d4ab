import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { bytesToFeatures } from '../preprocess/features/bytes-to-features.js';
import { DEFAULT_LOG_MEL_CONFIG } from '../preprocess/audio/log-mel/log-mel-config.js';
import { encodeWav } from '../testing/encode-wav.js';
import { sine } from '../testing/sine.js';
import { audioCnnPreprocessing, logMelConfigOf } from './audio-cnn-preprocessing.js';
import { AUDIO_CNN_ARCHITECTURE, createAudioCnnModel } from './create-audio-cnn-model.js';
import { EMOTION_LABELS } from './emotion-labels.js';
import { LayersClassifier } from './layers-classifier.js';
import { loadClassifier } from './load-classifier.js';
import { serializeClassifier } from './serialize-classifier.js';

describe('audioCnnPreprocessing', () => {
  describe('when given a log-mel config', () => {
    it('records it with the input shape it implies', () => {
      const record = audioCnnPreprocessing(DEFAULT_LOG_MEL_CONFIG);
      expect(record).toEqual({
        kind: 'audio-log-mel',
        logMel: { ...DEFAULT_LOG_MEL_CONFIG },
        inputShape: [200, 64, 1],
      });
    });
  });

  describe('when the config is invalid', () => {
    it('throws a RangeError naming the field', () => {
      expect(() => audioCnnPreprocessing({ ...DEFAULT_LOG_MEL_CONFIG, hopSize: 0 })).toThrow(/hopSize/);
    });
  });
});

describe('logMelConfigOf', () => {
  describe('when the record is of another kind', () => {
    it('returns undefined', () => {
      expect(logMelConfigOf({ kind: 'audio-mfcc-stats' })).toBeUndefined();
    });
  });

  describe('when the recorded config lacks a field', () => {
    it('throws a RangeError naming it', () => {
      const { melBins: _dropped, ...partial } = DEFAULT_LOG_MEL_CONFIG;
      expect(() => logMelConfigOf({ kind: 'audio-log-mel', logMel: partial })).toThrow(/melBins/);
    });
  });

  describe('when a CNN classifier is serialized and loaded again', () => {
    beforeAll(async () => {
      await initBackend({ prefer: 'wasm' });
    });

    it('feeds the recorded config back to bytesToFeatures and predicts exactly as before', async () => {
      const config = { ...DEFAULT_LOG_MEL_CONFIG, frames: 32, melBins: 24 };
      const original = new LayersClassifier({
        model: createAudioCnnModel({ frames: 32, melBins: 24, seed: 4 }),
        modality: 'audio',
        labels: EMOTION_LABELS,
        architecture: AUDIO_CNN_ARCHITECTURE,
        preprocessing: audioCnnPreprocessing(config),
      });
      const wav = encodeWav({
        channels: [sine({ hz: 500, seconds: 0.5, sampleRate: 44_100 })],
        sampleRate: 44_100,
        bitDepth: '24',
      });
      const expected = await original.predict([await bytesToFeatures('audio', wav, { logMel: config })]);
      const loaded = await loadClassifier(await serializeClassifier(original));
      const recorded = logMelConfigOf(loaded.preprocessing);
      expect(recorded).toEqual(config);
      const before = tf.memory().numTensors;
      expect(await loaded.predict([await bytesToFeatures('audio', wav, { logMel: recorded! })])).toEqual(expected);
      expect(tf.memory().numTensors).toBe(before);
      original.dispose();
      loaded.dispose();
    });
  });
});
