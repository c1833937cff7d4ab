import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../testing/expect-close.js';
import { seededValues } from '../../../testing/seeded-values.js';
import { createPowerSpectrum } from './power-spectrum.js';

function naivePower(frame: Float64Array): Float64Array {
  const n = frame.length;
  const out = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      re += (frame[t] as number) * Math.cos((2 * Math.PI * k * t) / n);
      im -= (frame[t] as number) * Math.sin((2 * Math.PI * k * t) / n);
    }
    out[k] = re * re + im * im;
  }
  return out;
}

describe('createPowerSpectrum', () => {
  describe.each([4, 8, 64, 512])('when the FFT size is %i', (size) => {
    it('matches a direct DFT on random frames', () => {
      const frame = Float64Array.from(seededValues([size], size));
      const out = new Float64Array(size / 2 + 1);
      createPowerSpectrum(size)(frame, out);
      expectClose(out, naivePower(frame), 1e-9);
    });
  });

  describe('when given a cosine on bin 10 of 512', () => {
    it('puts all its power in that bin', () => {
      const frame = Float64Array.from({ length: 512 }, (_, t) => Math.cos((2 * Math.PI * 10 * t) / 512));
      const out = new Float64Array(257);
      createPowerSpectrum(512)(frame, out);
      expect(out[10]).toBeCloseTo(256 ** 2, 6);
      expect(out.reduce((a, b) => a + b, 0) - (out[10] as number)).toBeLessThan(1e-12 * 256 ** 2);
    });
  });

  describe('when the size is not a power of two', () => {
    it('throws a RangeError naming fftSize', () => {
      expect(() => createPowerSpectrum(400)).toThrow(/fftSize/);
    });
  });
});
