import { describe, expect, it } from 'vitest';
import { estimateFrequency } from '../../../testing/estimate-frequency.js';
import { sine } from '../../../testing/sine.js';
import { resample } from './resample.js';

function rms(samples: Float32Array): number {
  const middle = samples.subarray(Math.floor(samples.length * 0.1), Math.floor(samples.length * 0.9));
  return Math.sqrt(middle.reduce((sum, s) => sum + s * s, 0) / middle.length);
}

describe('resample', () => {
  describe('when downsampling a 440 Hz tone from 44.1 kHz to 16 kHz', () => {
    const out = resample(sine({ hz: 440, seconds: 1, sampleRate: 44_100 }), { from: 44_100, to: 16_000 });

    it('returns one second of samples at the new rate', () => {
      expect(out).toHaveLength(16_000);
    });

    it('keeps the frequency and the level', () => {
      expect(estimateFrequency(out, 16_000)).toBeCloseTo(440, 0);
      expect(rms(out)).toBeCloseTo(0.5 / Math.SQRT2, 2);
    });
  });

  describe('when a tone lies above the target Nyquist frequency', () => {
    it('removes it instead of aliasing it', () => {
      const out = resample(sine({ hz: 11_000, seconds: 0.5, sampleRate: 44_100 }), { from: 44_100, to: 16_000 });
      expect(rms(out)).toBeLessThan(0.5 / Math.SQRT2 / 1000); // more than 60 dB down
    });
  });

  describe('when upsampling from 24,414 Hz to 96 kHz', () => {
    it('keeps the frequency', () => {
      const out = resample(sine({ hz: 1000, seconds: 0.5, sampleRate: 24_414 }), { from: 24_414, to: 96_000 });
      expect(estimateFrequency(out, 96_000)).toBeCloseTo(1000, -1);
      expect(rms(out)).toBeCloseTo(0.5 / Math.SQRT2, 2);
    });
  });

  describe('when the rates are equal', () => {
    it('returns a copy', () => {
      const input = sine({ hz: 100, seconds: 0.01, sampleRate: 8000 });
      const out = resample(input, { from: 8000, to: 8000 });
      expect(out).toEqual(input);
      expect(out).not.toBe(input);
    });
  });

  describe('when a rate is not positive', () => {
    it('throws a RangeError naming it', () => {
      expect(() => resample(new Float32Array(10), { from: 0, to: 16_000 })).toThrow(/'from'/);
    });
  });

  describe('when the rate is not an integer (no polyphase bank)', () => {
    it('matches the polyphase path of the nearest integer rate', () => {
      const tone = sine({ hz: 700, seconds: 0.2, sampleRate: 44_100 });
      const fast = resample(tone, { from: 44_100, to: 16_000 });
      const generic = resample(tone, { from: 44_100.0001, to: 16_000 });
      expect(generic).toHaveLength(fast.length);
      let worst = 0;
      for (let i = 0; i < fast.length; i++)
        worst = Math.max(worst, Math.abs((fast[i] as number) - (generic[i] as number)));
      expect(worst).toBeLessThan(1e-4);
    });
  });

  describe('when downsampling from 384 kHz', () => {
    it('keeps an in-band tone and removes one above 8 kHz', () => {
      const out = resample(sine({ hz: 1000, seconds: 0.2, sampleRate: 384_000 }), { from: 384_000, to: 16_000 });
      expect(estimateFrequency(out, 16_000)).toBeCloseTo(1000, -1);
      expect(rms(out)).toBeCloseTo(0.5 / Math.SQRT2, 2);
      expect(
        rms(resample(sine({ hz: 20_000, seconds: 0.2, sampleRate: 384_000 }), { from: 384_000, to: 16_000 })),
      ).toBeLessThan(1e-3);
    });
  });
});
