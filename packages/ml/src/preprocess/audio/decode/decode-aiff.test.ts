import { describe, expect, it } from 'vitest';
import { encodeAifc } from '../../../testing/encode-aiff.js';
import { pcmBytes } from '../../../testing/pcm-bytes.js';
import { sine } from '../../../testing/sine.js';
import { decodeAiff, readExtended } from './decode-aiff.js';
import { InvalidInputError } from '../../invalid-input-error.js';

describe('readExtended', () => {
  describe('when given the 80-bit encoding of common sample rates', () => {
    it.each([
      [[0x40, 0x0e, 0xac, 0x44, 0, 0, 0, 0, 0, 0], 44_100],
      [[0x40, 0x0c, 0xfa, 0x00, 0, 0, 0, 0, 0, 0], 16_000],
      [[0x40, 0x0e, 0xbb, 0x80, 0, 0, 0, 0, 0, 0], 48_000],
    ])('decodes %j as %i Hz', (bytes, rate) => {
      expect(readExtended(new DataView(new Uint8Array(bytes).buffer), 0)).toBe(rate);
    });
  });
});

describe('decodeAiff', () => {
  describe('when the AIFF-C compression is not supported', () => {
    it('throws InvalidInputError naming it', () => {
      const bytes = encodeAifc({ frames: 2, compression: 'ulaw', sound: new Uint8Array(4) });
      expect(() => decodeAiff(bytes, { maxSeconds: 600 })).toThrow(InvalidInputError);
      expect(() => decodeAiff(bytes, { maxSeconds: 600 })).toThrow(/'ulaw'/);
    });
  });

  describe.each([
    ['NONE', false],
    ['sowt', true],
  ] as const)("when the AIFF-C compression is '%s'", (compression, littleEndian) => {
    it('decodes the 16-bit samples in that byte order', () => {
      const tone = sine({ hz: 440, seconds: 0.05, sampleRate: 16_000 });
      const sound = pcmBytes([tone], { encoding: 's16', littleEndian });
      const bytes = encodeAifc({ frames: tone.length, compression, sound });
      const decoded = decodeAiff(bytes, { maxSeconds: 600 });
      expect(decoded.sampleRate).toBe(16_000);
      decoded.samples.forEach((s, i) => expect(Math.abs(s - (tone[i] as number))).toBeLessThan(1e-4));
    });
  });
});
