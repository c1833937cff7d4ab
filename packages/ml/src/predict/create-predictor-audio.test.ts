import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { audioToFeatures } from '../preprocess/audio/mfcc/audio-to-features.js';
import { audioToLogMelWindows } from '../preprocess/audio/log-mel/audio-to-log-mel-windows.js';
import { featureCacheKey } from '../preprocess/features/feature-cache-key.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { DEFAULT_LOG_MEL_CONFIG } from '../preprocess/audio/log-mel/log-mel-config.js';
import { encodeWav } from '../testing/encode-wav.js';
import { sine } from '../testing/sine.js';
import { smallLogMelClassifier, smallMfccClassifier } from '../testing/small-classifiers.js';
import { createPredictor } from './create-predictor.js';
import { decodeInput } from './decode-input.js';

const RATE = 16_000;
const wav = (samples: Float32Array, sampleRate = RATE) =>
  encodeWav({ channels: [samples], sampleRate, bitDepth: '16' });
const tone = (seconds: number, sampleRate = RATE) =>
  wav(sine({ hz: 440, seconds, sampleRate, amplitude: 0.3 }), sampleRate);
const mean = (rows: number[][]) => rows[0]!.map((_, c) => rows.reduce((sum, row) => sum + row[c]!, 0) / rows.length);
const expectRowsClose = (actual: readonly number[], expected: readonly number[]) =>
  actual.forEach((p, c) => expect(p).toBeCloseTo(expected[c]!, 6));

describe('createPredictor for an audio model', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when the model reads pooled MFCCs', () => {
    it('scores a clip of up to 6 s whole, with the MFCC config the model recorded', async () => {
      const older = { ...DEFAULT_AUDIO_FEATURES, mfccCoefficients: 13 };
      const predictor = createPredictor(smallMfccClassifier(older));
      const direct = smallMfccClassifier(older);
      try {
        const clip = tone(2);
        const result = await predictor.predict(clip);
        const [expected] = await direct.predict([audioToFeatures(clip, older)]);
        expectRowsClose(result.probabilities!, expected!);
        expect(result.windows).toEqual([]);
        expect(predictor.features.key).toBe(featureCacheKey('audio', { audio: older }));
        expect(await predictor.featuresFromBytes(clip)).toEqual(audioToFeatures(clip, older));
      } finally {
        predictor.dispose();
        direct.dispose();
      }
    });

    it('cuts a longer recording into 3 s windows every 1.5 s and averages them', async () => {
      const predictor = createPredictor(smallMfccClassifier());
      try {
        const result = await predictor.predict(tone(20, 22_050));
        expect(result.windows).toHaveLength(13);
        expect(result.windows.slice(0, 3).map((w) => w.startSeconds)).toEqual([0, 1.5, 3]);
        expect(result.windows.at(-1)!.endSeconds).toBeCloseTo(20, 6);
        for (const w of result.windows) expect(w.endSeconds - w.startSeconds).toBeCloseTo(3, 6);
        expectRowsClose(result.probabilities!, mean(result.windows.map((w) => w.probabilities)));
      } finally {
        predictor.dispose();
      }
    });

    it('throws InvalidInputError for a clip shorter than one frame', async () => {
      const predictor = createPredictor(smallMfccClassifier());
      try {
        await expect(predictor.predict(wav(new Float32Array(100).fill(0.1)))).rejects.toThrow(InvalidInputError);
      } finally {
        predictor.dispose();
      }
    });
  });

  describe('when the model reads log-mel windows', () => {
    /** 8 s: a tone, 4 s of silence, a tone. */
    const recording = () => {
      const samples = new Float32Array(RATE * 8);
      samples.set(sine({ hz: 440, seconds: 2, sampleRate: RATE, amplitude: 0.3 }), 0);
      samples.set(sine({ hz: 660, seconds: 2, sampleRate: RATE, amplitude: 0.3 }), RATE * 6);
      return wav(samples);
    };

    it('predicts each voiced window the model length apart and averages them, leaving silent ones out', async () => {
      const predictor = createPredictor(smallLogMelClassifier(DEFAULT_LOG_MEL_CONFIG));
      const direct = smallLogMelClassifier(DEFAULT_LOG_MEL_CONFIG);
      try {
        const bytes = recording();
        const voiced = audioToLogMelWindows(bytes, DEFAULT_LOG_MEL_CONFIG).windows.filter((w) => !w.silent);
        const expected = await direct.predict(voiced.map((w) => w.spectrogram.data));
        const result = await predictor.predict(bytes);
        expect(result.windows.map((w) => [w.startSeconds, w.endSeconds])).toEqual(
          voiced.map((w) => [w.startSeconds, w.endSeconds]),
        );
        expect(result.windows.length).toBeLessThan(audioToLogMelWindows(bytes, DEFAULT_LOG_MEL_CONFIG).windows.length);
        result.windows.forEach((w, i) => expectRowsClose(w.probabilities, expected[i]!));
        expectRowsClose(result.probabilities!, mean(expected));
      } finally {
        predictor.dispose();
        direct.dispose();
      }
    });

    it('predicts the same from bytes and from the recording decoded once beforehand', async () => {
      const predictor = createPredictor(smallLogMelClassifier(DEFAULT_LOG_MEL_CONFIG));
      try {
        const bytes = recording();
        const [fromBytes, fromDecoded] = await Promise.all([
          predictor.predict(bytes),
          predictor.predict(await decodeInput('audio', bytes)),
        ]);
        expect(fromDecoded).toEqual(fromBytes);
      } finally {
        predictor.dispose();
      }
    });

    it('throws InvalidInputError for a silent recording', async () => {
      const predictor = createPredictor(smallLogMelClassifier(DEFAULT_LOG_MEL_CONFIG));
      try {
        await expect(predictor.predict(wav(new Float32Array(RATE * 3)))).rejects.toThrow(/silent/);
      } finally {
        predictor.dispose();
      }
    });
  });
});
