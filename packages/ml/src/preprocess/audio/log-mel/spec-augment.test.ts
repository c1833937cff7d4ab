import { describe, expect, it } from 'vitest';
import { seededValues } from '../../../testing/seeded-values.js';
import { specAugment } from './spec-augment.js';
import type { Spectrogram } from './spectrogram.js';

const input: Spectrogram = { data: seededValues([100, 64], 1).map((v) => v + 5), frames: 100, melBins: 64 };

function maskedCells(out: Spectrogram, value: number): number {
  return out.data.filter((v) => v === value).length;
}

describe('specAugment', () => {
  describe('when given the same seed twice', () => {
    it('applies the same masks and leaves the input untouched', () => {
      const copy = input.data.slice();
      const a = specAugment(input, { seed: 7, maskValue: -100 });
      expect(specAugment(input, { seed: 7, maskValue: -100 }).data).toEqual(a.data);
      expect(input.data).toEqual(copy);
      expect(specAugment(input, { seed: 8, maskValue: -100 }).data).not.toEqual(a.data);
    });
  });

  describe('when masking only time', () => {
    it('blanks whole frames, at most maxTimeWidth per mask', () => {
      for (let seed = 0; seed < 20; seed++) {
        const out = specAugment(input, { seed, timeMasks: 1, maxTimeWidth: 10, frequencyMasks: 0, maskValue: -100 });
        const cells = maskedCells(out, -100);
        expect(cells % 64).toBe(0);
        expect(cells / 64).toBeLessThanOrEqual(10);
      }
    });
  });

  describe('when masking only frequency', () => {
    it('blanks the same bins in every frame, at most maxFrequencyWidth per mask', () => {
      for (let seed = 0; seed < 20; seed++) {
        const out = specAugment(input, {
          seed,
          timeMasks: 0,
          frequencyMasks: 1,
          maxFrequencyWidth: 8,
          maskValue: -100,
        });
        const cells = maskedCells(out, -100);
        expect(cells % 100).toBe(0);
        expect(cells / 100).toBeLessThanOrEqual(8);
      }
    });
  });

  describe('when no maskValue is given', () => {
    it('fills masks with the spectrogram mean', () => {
      const mean = input.data.reduce((a, b) => a + b, 0) / input.data.length;
      const out = specAugment(input, { seed: 3, timeMasks: 2, frequencyMasks: 2 });
      const changed = out.data.filter((v, i) => v !== input.data[i]);
      expect(changed.length).toBeGreaterThan(0);
      for (const v of changed) expect(v).toBeCloseTo(mean, 4);
    });
  });

  describe('when a count is invalid', () => {
    it('throws a RangeError naming it', () => {
      expect(() => specAugment(input, { seed: 1, timeMasks: -1 })).toThrow(/timeMasks/);
    });
  });
});
