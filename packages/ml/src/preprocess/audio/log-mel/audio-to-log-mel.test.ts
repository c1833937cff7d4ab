import { describe, expect, it } from 'vitest';
import { encodeAiff } from '../../../testing/encode-aiff.js';
import { encodeWav, type WavBitDepth } from '../../../testing/encode-wav.js';
import { sine } from '../../../testing/sine.js';
import { audioToLogMel } from './audio-to-log-mel.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { DEFAULT_LOG_MEL_CONFIG } from './log-mel-config.js';
import type { Spectrogram } from './spectrogram.js';

const floor = Math.log(DEFAULT_LOG_MEL_CONFIG.logFloor);

function chord(sampleRate: number, seconds = 1, level = 1): Float32Array {
  const low = sine({ hz: 440, seconds, sampleRate, amplitude: 0.3 * level });
  const high = sine({ hz: 1320, seconds, sampleRate, amplitude: 0.15 * level });
  return low.map((s, i) => s + (high[i] as number));
}

/** Mean log energy per mel bin over the frames that are not padding. */
function profile({ data, frames, melBins }: Spectrogram): number[] {
  const sums = new Array<number>(melBins).fill(0);
  let used = 0;
  for (let t = 0; t < frames; t++) {
    const row = data.subarray(t * melBins, (t + 1) * melBins);
    if (Math.max(...row) <= floor + 1) continue;
    used++;
    row.forEach((v, m) => (sums[m] = (sums[m] as number) + v));
  }
  return sums.map((s) => s / used);
}

/** Largest difference over the bins within 4 nats of the reference's loudest bin. */
function toneDifference(reference: number[], other: number[]): number {
  const top = Math.max(...reference);
  return Math.max(...reference.map((v, m) => (v > top - 4 ? Math.abs(v - (other[m] as number)) : 0)));
}

describe('audioToLogMel', () => {
  const reference = audioToLogMel(encodeWav({ channels: [chord(16_000)], sampleRate: 16_000, bitDepth: '16' }));

  it('returns config.frames rows of config.melBins finite values', () => {
    expect([reference.frames, reference.melBins]).toEqual([200, 64]);
    expect(reference.data).toHaveLength(200 * 64);
    expect(reference.data.every(Number.isFinite)).toBe(true);
  });

  describe.each<[WavBitDepth, number, number]>([
    ['8', 8_000, 1],
    ['16', 44_100, 2],
    ['24', 48_000, 1],
    ['32f', 22_050, 2],
    ['16', 24_414, 1],
  ])('when the same sound arrives as %s-bit at %i Hz with %i channel(s)', (bitDepth, sampleRate, channels) => {
    it('gives nearly the same bands as the 16 kHz original', () => {
      const tone = chord(sampleRate);
      const spec = audioToLogMel(encodeWav({ channels: channels === 1 ? [tone] : [tone, tone], sampleRate, bitDepth }));
      expect(toneDifference(profile(reference), profile(spec))).toBeLessThan(0.05);
    });
  });

  describe('when the sound is quieter, padded with silence, or AIFF', () => {
    it('gives nearly the same bands (level, silence and container are normalised away)', () => {
      const padded = new Float32Array(16_000 * 3);
      padded.set(chord(16_000, 1, 0.05), 16_000);
      const variants = [
        encodeWav({ channels: [padded], sampleRate: 16_000, bitDepth: '16' }),
        encodeAiff({ channels: [chord(16_000)], sampleRate: 16_000 }),
      ];
      for (const bytes of variants)
        expect(toneDifference(profile(reference), profile(audioToLogMel(bytes)))).toBeLessThan(0.3);
    });

    it('still tells a different sound apart', () => {
      const other = audioToLogMel(
        encodeWav({
          channels: [sine({ hz: 2500, seconds: 1, sampleRate: 16_000 })],
          sampleRate: 16_000,
          bitDepth: '16',
        }),
      );
      expect(toneDifference(profile(reference), profile(other))).toBeGreaterThan(3);
    });
  });

  describe('when the clip is silent', () => {
    it('throws InvalidInputError saying how quiet it was', () => {
      const zeros = encodeWav({ channels: [new Float32Array(16_000)], sampleRate: 16_000, bitDepth: '16' });
      expect(() => audioToLogMel(zeros)).toThrow(InvalidInputError);
      expect(() => audioToLogMel(zeros)).toThrow(/silent.*digital silence/);
      const hum = encodeWav({
        channels: [sine({ hz: 50, seconds: 1, sampleRate: 16_000, amplitude: 0.0005 })],
        sampleRate: 16_000,
        bitDepth: '24',
      });
      expect(() => audioToLogMel(hum)).toThrow(/-69\.\d dBFS, below the -60 dBFS threshold/);
    });
  });

  describe('when the clip is shorter than one window', () => {
    it('throws InvalidInputError naming the minimum length', () => {
      const short = encodeWav({
        channels: [sine({ hz: 440, seconds: 0.02, sampleRate: 16_000 })],
        sampleRate: 16_000,
        bitDepth: '16',
      });
      expect(() => audioToLogMel(short)).toThrow(/at least 400 samples at 16000 Hz \(25 ms\)/);
    });
  });

  describe('when the clip is longer than maxSeconds', () => {
    it('throws InvalidInputError before computing anything', () => {
      const bytes = encodeWav({ channels: [chord(8_000, 3)], sampleRate: 8_000, bitDepth: '16' });
      expect(() => audioToLogMel(bytes, DEFAULT_LOG_MEL_CONFIG, { maxSeconds: 2 })).toThrow(/exceeds the 2 s limit/);
    });
  });

  describe('when the config is invalid', () => {
    it('throws a RangeError naming the field', () => {
      const bytes = encodeWav({ channels: [chord(16_000)], sampleRate: 16_000, bitDepth: '16' });
      expect(() => audioToLogMel(bytes, { ...DEFAULT_LOG_MEL_CONFIG, frames: 0 })).toThrow(/LogMelConfig\.frames/);
    });
  });
});
