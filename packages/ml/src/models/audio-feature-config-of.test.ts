import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { audioFeatureConfigOf } from './classifier-preprocessing.js';

describe('audioFeatureConfigOf', () => {
  it('returns the config a model recorded, not the current default', () => {
    const older = { sampleRate: 16_000, frameSize: 512, hopSize: 160, mfccCoefficients: 13 };
    expect(audioFeatureConfigOf({ kind: 'audio-mfcc-stats', audio: older })).toEqual(older);
    expect(DEFAULT_AUDIO_FEATURES.mfccCoefficients).not.toBe(13);
  });

  it('falls back to the default when a model recorded none', () => {
    expect(audioFeatureConfigOf({ kind: 'audio-mfcc-stats' })).toEqual(DEFAULT_AUDIO_FEATURES);
  });

  describe('when the recorded config is invalid', () => {
    it('throws a RangeError naming the field', () => {
      expect(() => audioFeatureConfigOf({ audio: 'mfcc' })).toThrow(/preprocessing.audio must be an object/);
      expect(() =>
        audioFeatureConfigOf({ audio: { sampleRate: 16_000, frameSize: 512, hopSize: 160, mfccCoefficients: 99 } }),
      ).toThrow(/mfccCoefficients/);
    });
  });
});
