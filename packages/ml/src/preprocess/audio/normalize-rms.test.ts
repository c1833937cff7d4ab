import { describe, expect, it } from 'vitest';
import { sine } from '../../testing/sine.js';
import { normalizeRms } from './normalize-rms.js';

const rms = (samples: Float32Array) => Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);

describe('normalizeRms', () => {
  describe('when given a tone', () => {
    it('scales it to the target RMS without changing its shape', () => {
      const tone = sine({ hz: 440, seconds: 0.5, sampleRate: 16_000, amplitude: 0.02 });
      const out = normalizeRms(tone, 0.1);
      expect(rms(out)).toBeCloseTo(0.1, 6);
      expect((out[100] as number) / (tone[100] as number)).toBeCloseTo(0.1 / rms(tone), 4);
    });
  });

  describe('when the clip is silent or empty', () => {
    it('returns a copy unchanged, never NaN', () => {
      const silent = new Float32Array(100);
      const out = normalizeRms(silent);
      expect(out).toEqual(silent);
      expect(out).not.toBe(silent);
      expect(normalizeRms(new Float32Array(0))).toHaveLength(0);
    });
  });
});
