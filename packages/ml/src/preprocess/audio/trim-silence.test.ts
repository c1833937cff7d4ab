import { describe, expect, it } from 'vitest';
import { sine } from '../../testing/sine.js';
import { trimSilence } from './trim-silence.js';

describe('trimSilence', () => {
  describe('when a tone sits between stretches of silence', () => {
    it('keeps the tone and drops the silence to within one frame', () => {
      const tone = sine({ hz: 440, seconds: 0.5, sampleRate: 16_000 });
      const clip = new Float32Array(16_000 * 2);
      clip.set(tone, 8000);
      const trimmed = trimSilence(clip, { frameSize: 512, hopSize: 160 });
      expect(trimmed.length).toBeGreaterThanOrEqual(tone.length);
      expect(trimmed.length).toBeLessThanOrEqual(tone.length + 2 * 512);
    });
  });

  describe('when the clip is all silence or one frame long', () => {
    it('returns it unchanged', () => {
      const silent = new Float32Array(4000);
      expect(trimSilence(silent, { frameSize: 512, hopSize: 160 })).toBe(silent);
      const short = new Float32Array(512).fill(0.1);
      expect(trimSilence(short, { frameSize: 512, hopSize: 160 })).toBe(short);
    });
  });
});
