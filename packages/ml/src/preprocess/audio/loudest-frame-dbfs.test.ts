import { describe, expect, it } from 'vitest';
import { sine } from '../../testing/sine.js';
import { loudestFrameDbfs } from './loudest-frame-dbfs.js';

const options = { frameSize: 400, hopSize: 160 };

describe('loudestFrameDbfs', () => {
  describe('when given a full-scale sine', () => {
    it('returns about -3 dB', () => {
      expect(loudestFrameDbfs(sine({ hz: 1000, seconds: 0.5, sampleRate: 16_000, amplitude: 1 }), options)).toBeCloseTo(
        -3.01,
        1,
      );
    });
  });

  describe('when a short burst sits in a quiet clip', () => {
    it('measures the burst, not the average', () => {
      const clip = new Float32Array(16_000);
      clip.set(sine({ hz: 1000, seconds: 0.05, sampleRate: 16_000, amplitude: 0.1 }), 8000);
      expect(loudestFrameDbfs(clip, options)).toBeCloseTo(-23.01, 0);
    });
  });

  describe('when the clip is digital silence or empty', () => {
    it('returns -Infinity', () => {
      expect(loudestFrameDbfs(new Float32Array(1000), options)).toBe(-Infinity);
      expect(loudestFrameDbfs(new Float32Array(0), options)).toBe(-Infinity);
    });
  });
});
