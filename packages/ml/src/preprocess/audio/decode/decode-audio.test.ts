import { describe, expect, it } from 'vitest';
import { encodeAiff } from '../../../testing/encode-aiff.js';
import { encodeWav, type WavBitDepth } from '../../../testing/encode-wav.js';
import { estimateFrequency } from '../../../testing/estimate-frequency.js';
import { sine } from '../../../testing/sine.js';
import { decodeAudio } from './decode-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';

const tone = sine({ hz: 440, seconds: 0.5, sampleRate: 16_000, amplitude: 0.5 });

function maxError(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  return worst;
}

describe('decodeAudio', () => {
  describe.each<[WavBitDepth, number]>([
    ['8', 1 / 64],
    ['16', 1e-4],
    ['24', 1e-6],
    ['32', 1e-6],
    ['32f', 1e-7],
    ['64', 1e-7],
  ])('when given a mono %s-bit WAV', (bitDepth, tolerance) => {
    it('returns the samples scaled to [-1, 1] and the sample rate', () => {
      const decoded = decodeAudio(encodeWav({ channels: [tone], sampleRate: 16_000, bitDepth }));
      expect(decoded.sampleRate).toBe(16_000);
      expect(decoded.samples).toHaveLength(tone.length);
      expect(maxError(decoded.samples, tone)).toBeLessThan(tolerance);
    });
  });

  describe('when given a stereo WAV', () => {
    it('mixes the channels down to mono', () => {
      const right = tone.map((s) => -s / 2);
      const decoded = decodeAudio(encodeWav({ channels: [tone, right], sampleRate: 44_100, bitDepth: '16' }));
      expect(decoded.sampleRate).toBe(44_100);
      expect(
        maxError(
          decoded.samples,
          tone.map((s) => s / 4),
        ),
      ).toBeLessThan(1e-4);
    });
  });

  describe('when given AIFF bytes behind a .wav name', () => {
    it('detects AIFF by its magic bytes and decodes it', () => {
      const decoded = decodeAudio(encodeAiff({ channels: [tone, tone], sampleRate: 44_100 }));
      expect(decoded.sampleRate).toBe(44_100);
      expect(maxError(decoded.samples, tone)).toBeLessThan(1e-4);
      expect(estimateFrequency(decoded.samples, 44_100)).toBeCloseTo(440 * (44_100 / 16_000), -1);
    });
  });

  describe('when the file is empty', () => {
    it('throws InvalidInputError saying so', () => {
      expect(() => decodeAudio(new Uint8Array(0))).toThrow(InvalidInputError);
      expect(() => decodeAudio(new Uint8Array(0))).toThrow(/empty/);
    });
  });

  describe('when the file is truncated', () => {
    const wav = encodeWav({ channels: [tone], sampleRate: 16_000, bitDepth: '16' });

    it('throws InvalidInputError for a cut data chunk', () => {
      expect(() => decodeAudio(wav.subarray(0, wav.length / 2))).toThrow(/truncated/);
    });

    it('throws InvalidInputError for a cut header', () => {
      expect(() => decodeAudio(wav.subarray(0, 30))).toThrow(InvalidInputError);
      expect(() => decodeAudio(wav.subarray(0, 8))).toThrow(InvalidInputError);
    });

    it('throws InvalidInputError for a cut AIFF', () => {
      const aiff = encodeAiff({ channels: [tone], sampleRate: 16_000 });
      expect(() => decodeAudio(aiff.subarray(0, aiff.length - 100))).toThrow(/truncated/);
    });
  });

  describe('when the bytes are not audio', () => {
    it('throws InvalidInputError', () => {
      expect(() => decodeAudio(new TextEncoder().encode('<html><body>nope</body></html>'))).toThrow(
        /Not a WAV or AIFF/,
      );
    });
  });

  describe('when the WAV has a header but no samples', () => {
    it('throws InvalidInputError', () => {
      const empty = encodeWav({ channels: [new Float32Array(0)], sampleRate: 16_000, bitDepth: '16' });
      expect(() => decodeAudio(empty)).toThrow(/no audio samples/);
    });
  });

  describe('when the clip is longer than maxSeconds', () => {
    it('throws InvalidInputError naming the limit', () => {
      const long = encodeWav({
        channels: [sine({ hz: 440, seconds: 1.5, sampleRate: 8000 })],
        sampleRate: 8000,
        bitDepth: '16',
      });
      expect(() => decodeAudio(long, { maxSeconds: 1 })).toThrow(InvalidInputError);
      expect(() => decodeAudio(long, { maxSeconds: 1 })).toThrow(/1\.5 s exceeds the 1 s limit/);
      expect(decodeAudio(long, { maxSeconds: 2 }).samples).toHaveLength(12_000);
    });
  });

  describe('when the AIFF header is absurd', () => {
    const aiff = () => encodeAiff({ channels: [tone], sampleRate: 16_000 });

    it('throws InvalidInputError for a 0 Hz rate', () => {
      const bytes = aiff();
      bytes.fill(0, 28, 38);
      expect(() => decodeAudio(bytes)).toThrow(/sample rate 0 Hz/);
    });

    it('throws InvalidInputError for 0 channels', () => {
      const bytes = aiff();
      new DataView(bytes.buffer).setInt16(20, 0);
      expect(() => decodeAudio(bytes)).toThrow(/0 channels/);
    });

    it('throws InvalidInputError for a frame count beyond the file', () => {
      const bytes = aiff();
      new DataView(bytes.buffer).setUint32(22, 4_000_000_000);
      expect(() => decodeAudio(bytes)).toThrow(/truncated/);
    });
  });
});
