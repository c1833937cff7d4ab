import { describe, expect, it } from 'vitest';
import { encodeAiff } from '../../../testing/encode-aiff.js';
import { encodeWav } from '../../../testing/encode-wav.js';
import { sine } from '../../../testing/sine.js';
import { DEFAULT_AUDIO_FEATURES } from './audio-feature-config.js';
import { audioFeatureLength } from './audio-feature-length.js';
import { audioToFeatures } from './audio-to-features.js';
import { InvalidInputError } from '../../invalid-input-error.js';

function clip(hz: number, sampleRate: number, amplitude = 0.5): Uint8Array {
  const voiced = sine({ hz, seconds: 0.6, sampleRate, amplitude });
  const padded = new Float32Array(voiced.length + sampleRate * 0.4); // 0.2 s of silence each side
  padded.set(voiced, sampleRate * 0.2);
  return encodeWav({ channels: [padded], sampleRate, bitDepth: '16' });
}

function distance(a: Float32Array, b: Float32Array): number {
  return Math.sqrt(a.reduce((sum, v, i) => sum + (v - (b[i] as number)) ** 2, 0));
}

describe('audioToFeatures', () => {
  describe('when given a WAV tone', () => {
    it('returns a fixed-length vector without NaN', () => {
      const features = audioToFeatures(clip(440, 44_100));
      expect(features).toHaveLength(audioFeatureLength(DEFAULT_AUDIO_FEATURES));
      expect(features.every(Number.isFinite)).toBe(true);
    });
  });

  describe('when the same tone arrives at another rate, level or container', () => {
    it('returns nearly the same features', () => {
      const reference = audioToFeatures(clip(440, 16_000));
      const louder = audioToFeatures(clip(440, 44_100, 0.9));
      const aiff = audioToFeatures(
        encodeAiff({ channels: [sine({ hz: 440, seconds: 0.6, sampleRate: 22_050 })], sampleRate: 22_050 }),
      );
      const other = audioToFeatures(clip(2000, 16_000));
      const far = distance(reference, other);
      expect(distance(reference, louder)).toBeLessThan(far / 5);
      expect(distance(reference, aiff)).toBeLessThan(far / 5);
    });
  });

  describe('when the clip is shorter than one frame', () => {
    it('throws InvalidInputError naming the minimum length', () => {
      const short = encodeWav({
        channels: [sine({ hz: 440, seconds: 0.01, sampleRate: 16_000 })],
        sampleRate: 16_000,
        bitDepth: '16',
      });
      expect(() => audioToFeatures(short)).toThrow(InvalidInputError);
      expect(() => audioToFeatures(short)).toThrow(/at least 512 samples/);
    });
  });

  describe('when the clip is silent', () => {
    it('returns finite features', () => {
      const silent = encodeWav({ channels: [new Float32Array(8000)], sampleRate: 16_000, bitDepth: '16' });
      expect(audioToFeatures(silent).every(Number.isFinite)).toBe(true);
    });
  });

  describe('when the config is invalid', () => {
    it('throws a RangeError naming the field', () => {
      expect(() => audioToFeatures(clip(440, 16_000), { ...DEFAULT_AUDIO_FEATURES, frameSize: 500 })).toThrow(
        /frameSize/,
      );
    });
  });
});
