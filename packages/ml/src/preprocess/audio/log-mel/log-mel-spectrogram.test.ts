import { describe, expect, it } from 'vitest';
import { sine } from '../../../testing/sine.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { createLogMelExtractor, logMelSpectrogram } from './log-mel-spectrogram.js';

const tone = sine({ hz: 1000, seconds: 1, sampleRate: 16_000, amplitude: 0.1 });

function loudestBin(data: Float32Array, melBins: number, frame: number): number {
  const row = data.subarray(frame * melBins, (frame + 1) * melBins);
  return row.indexOf(Math.max(...row));
}

describe('logMelSpectrogram', () => {
  it('returns one row per hop and one column per mel bin', () => {
    const spec = logMelSpectrogram(tone, { melBins: 64, hopSize: 160 });
    expect([spec.frames, spec.melBins]).toEqual([101, 64]); // centred: 1 + 16000 / 160
    expect(spec.data).toHaveLength(101 * 64);
    expect(spec.data.every(Number.isFinite)).toBe(true);
  });

  describe('when given tones of different pitch', () => {
    it('puts the energy in a mel bin that rises with the pitch', () => {
      const bins = [300, 1000, 3000, 6000].map((hz) =>
        loudestBin(logMelSpectrogram(sine({ hz, seconds: 0.5, sampleRate: 16_000 })).data, 64, 25),
      );
      expect(bins).toEqual([...bins].sort((a, b) => a - b));
      expect(new Set(bins).size).toBe(4);
    });
  });

  describe('when the same tone is twice as loud', () => {
    it('adds log(4) to every band above the floor', () => {
      const quiet = logMelSpectrogram(tone);
      const loud = logMelSpectrogram(tone.map((s) => s * 2));
      const peak = 50 * 64 + loudestBin(quiet.data, 64, 50);
      expect((loud.data[peak] as number) - (quiet.data[peak] as number)).toBeCloseTo(Math.log(4), 4);
    });
  });

  describe('when the clip is silent', () => {
    it('returns log(logFloor) everywhere, never NaN or -Infinity', () => {
      const spec = logMelSpectrogram(new Float32Array(4000), { logFloor: 1e-10 });
      expect(spec.data.every((v) => Math.abs(v - Math.log(1e-10)) < 1e-4)).toBe(true);
    });
  });

  describe('when the clip is shorter than one window', () => {
    it('throws InvalidInputError naming the minimum length', () => {
      expect(() => logMelSpectrogram(tone.slice(0, 100))).toThrow(InvalidInputError);
      expect(() => logMelSpectrogram(tone.slice(0, 100))).toThrow(/at least 400 samples/);
    });
  });

  describe('when the options are invalid', () => {
    it('throws a RangeError naming the field', () => {
      expect(() => logMelSpectrogram(tone, { fftSize: 300 })).toThrow(/fftSize/);
      expect(() => logMelSpectrogram(tone, { fMax: 9000 })).toThrow(/fMax/);
      expect(() => logMelSpectrogram(tone, { melBins: 256 })).toThrow(/covers no FFT bin/);
    });
  });

  describe('when an extractor is reused', () => {
    it('returns the same frames as a fresh call', () => {
      const extract = createLogMelExtractor({ melBins: 40 });
      extract(sine({ hz: 200, seconds: 0.3, sampleRate: 16_000 }));
      expect(extract(tone).data).toEqual(logMelSpectrogram(tone, { melBins: 40 }).data);
    });
  });
});
