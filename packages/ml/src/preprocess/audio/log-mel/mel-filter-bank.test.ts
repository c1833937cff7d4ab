import { describe, expect, it } from 'vitest';
import { melFilterBank } from './mel-filter-bank.js';

describe('melFilterBank', () => {
  describe('when built for 64 bins of a 512-point FFT at 16 kHz', () => {
    const filters = melFilterBank({ sampleRate: 16_000, fftSize: 512, melBins: 64, fMin: 20, fMax: 7200 });

    it('returns one non-empty triangle per bin with peak weight at most 1', () => {
      expect(filters).toHaveLength(64);
      for (const { weights } of filters) {
        expect(Math.max(...weights)).toBeGreaterThan(0);
        expect(Math.max(...weights)).toBeLessThanOrEqual(1);
      }
    });

    it('orders the filters by frequency within the FFT range', () => {
      const starts = filters.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const last = filters.at(-1)!;
      expect(last.start + last.weights.length - 1).toBeLessThanOrEqual(256);
      expect(last.start * (16_000 / 512)).toBeLessThan(7200);
    });
  });

  describe('when there are more bins than the FFT can resolve', () => {
    it('throws a RangeError suggesting fewer bins', () => {
      expect(() => melFilterBank({ sampleRate: 16_000, fftSize: 256, melBins: 128, fMin: 0, fMax: 8000 })).toThrow(
        /fewer melBins/,
      );
    });
  });
});
