import { describe, expect, it } from 'vitest';
import { encodeWav, type WavBitDepth } from '../../../testing/encode-wav.js';
import { estimateFrequency } from '../../../testing/estimate-frequency.js';
import { pcmBytes } from '../../../testing/pcm-bytes.js';
import { rawWav } from '../../../testing/raw-wav.js';
import { sine } from '../../../testing/sine.js';
import { decodeAudio } from './decode-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';

const TOLERANCE: Record<string, number> = { '8': 1 / 64, '16': 1e-4, '24': 1e-6, '32f': 1e-7 };

function maxError(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  return worst;
}

describe('decodeWav', () => {
  const cases: [WavBitDepth, number, 1 | 2][] = [];
  for (const depth of ['8', '16', '24', '32f'] as const) {
    for (const rate of [8_000, 16_000, 44_100, 48_000])
      for (const channels of [1, 2] as const) cases.push([depth, rate, channels]);
  }

  describe.each(cases)('when given a %s-bit WAV at %i Hz with %i channel(s)', (bitDepth, sampleRate, channels) => {
    const left = sine({ hz: 440, seconds: 0.2, sampleRate, amplitude: 0.6 });
    const right = left.map((s) => s * 0.5);
    const decoded = decodeAudio(encodeWav({ channels: channels === 1 ? [left] : [left, right], sampleRate, bitDepth }));

    it('returns every frame at the declared rate', () => {
      expect(decoded.sampleRate).toBe(sampleRate);
      expect(decoded.samples).toHaveLength(left.length);
    });

    it('scales samples to [-1, 1] and averages the channels', () => {
      const expected = channels === 1 ? left : left.map((s) => s * 0.75);
      expect(maxError(decoded.samples, expected)).toBeLessThan(TOLERANCE[bitDepth] as number);
      expect(estimateFrequency(decoded.samples, sampleRate)).toBeCloseTo(440, -1);
    });
  });

  describe('when the fmt chunk is WAVE_FORMAT_EXTENSIBLE', () => {
    const tone = sine({ hz: 300, seconds: 0.1, sampleRate: 22_050 });

    it.each([
      [1, 24, 's24'],
      [3, 32, 'f32'],
      [3, 64, 'f64'],
    ] as const)(
      'decodes format %i with %i-bit samples from the SubFormat GUID',
      (formatCode, bitsPerSample, encoding) => {
        const bytes = rawWav({
          formatCode,
          extensible: true,
          sampleRate: 22_050,
          bitsPerSample,
          data: pcmBytes([tone, tone], { encoding }),
          channels: 2,
        });
        expect(maxError(decodeAudio(bytes).samples, tone)).toBeLessThan(1e-6);
      },
    );

    it('decodes the multichannel extensible files wavefile writes', () => {
      const decoded = decodeAudio(encodeWav({ channels: [tone, tone, tone], sampleRate: 22_050, bitDepth: '16' }));
      expect(maxError(decoded.samples, tone)).toBeLessThan(1e-4);
    });
  });

  describe('when the file is RIFX or RF64, or has chunks before its data', () => {
    const tone = sine({ hz: 300, seconds: 0.1, sampleRate: 16_000 });

    it('reads big-endian RIFX samples', () => {
      const bytes = rawWav({
        container: 'RIFX',
        sampleRate: 16_000,
        bitsPerSample: 16,
        data: pcmBytes([tone], { encoding: 's16', littleEndian: false }),
      });
      expect(maxError(decodeAudio(bytes).samples, tone)).toBeLessThan(1e-4);
    });

    it('reads an RF64 data chunk of unknown size to the end of the file', () => {
      const data = pcmBytes([tone], { encoding: 's16' });
      const bytes = rawWav({
        container: 'RF64',
        sampleRate: 16_000,
        bitsPerSample: 16,
        data,
        declaredDataSize: 0xffffffff,
      });
      expect(decodeAudio(bytes).samples).toHaveLength(tone.length);
    });

    it('skips odd-sized metadata chunks', () => {
      const body = new TextEncoder().encode('INFOISFT');
      const bytes = rawWav({
        sampleRate: 16_000,
        bitsPerSample: 16,
        data: pcmBytes([tone], { encoding: 's16' }),
        extraChunks: [{ id: 'LIST', body: body.subarray(0, 7) }],
      });
      expect(maxError(decodeAudio(bytes).samples, tone)).toBeLessThan(1e-4);
    });
  });

  describe('when the header is absurd', () => {
    const data = pcmBytes([sine({ hz: 300, seconds: 0.1, sampleRate: 16_000 })], { encoding: 's16' });
    const reject = (bytes: Uint8Array, message: RegExp) => {
      expect(() => decodeAudio(bytes)).toThrow(InvalidInputError);
      expect(() => decodeAudio(bytes)).toThrow(message);
    };

    it('rejects 0 channels', () =>
      reject(rawWav({ channels: 0, blockAlign: 2, sampleRate: 16_000, bitsPerSample: 16, data }), /0 channels/));
    it('rejects a 0 Hz rate', () => reject(rawWav({ sampleRate: 0, bitsPerSample: 16, data }), /sample rate 0 Hz/));
    it('rejects a rate above 384 kHz', () =>
      reject(rawWav({ sampleRate: 400_000, bitsPerSample: 16, data }), /sample rate 400000 Hz/));
    it('rejects a data chunk claiming gigabytes', () => {
      reject(
        rawWav({ sampleRate: 16_000, bitsPerSample: 16, data, declaredDataSize: 3_000_000_000 }),
        /truncated.*3000000000 bytes/,
      );
    });
    it('rejects a zero-length data chunk', () =>
      reject(rawWav({ sampleRate: 16_000, bitsPerSample: 16, data: new Uint8Array(0) }), /no audio samples/));
    it('rejects a block size that does not fit the channels', () => {
      reject(rawWav({ channels: 2, blockAlign: 3, sampleRate: 16_000, bitsPerSample: 16, data }), /inconsistent/);
      reject(rawWav({ blockAlign: 0, sampleRate: 16_000, bitsPerSample: 16, data }), /inconsistent/);
    });
    it('rejects compressed formats by code', () =>
      reject(rawWav({ formatCode: 0x55, sampleRate: 16_000, bitsPerSample: 16, data }), /format code 85/));
    it('rejects a fmt chunk too short to read', () => {
      const bytes = rawWav({ sampleRate: 16_000, bitsPerSample: 16, data });
      new DataView(bytes.buffer).setUint32(16, 8, true);
      reject(bytes, /fmt chunk is too short/);
    });
  });
});
