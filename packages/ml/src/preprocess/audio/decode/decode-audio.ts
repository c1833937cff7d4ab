import { DEFAULT_MAX_SECONDS } from './audio-limits.js';
import { decodeAiff } from './decode-aiff.js';
import { decodeWav } from './decode-wav.js';
import type { DecodedAudio } from './decoded-audio.js';
import { InvalidInputError } from '../../invalid-input-error.js';

/** Options for {@link decodeAudio}. */
export interface DecodeAudioOptions {
  /** Longer clips throw InvalidInputError before their samples are allocated (default 600 s). */
  maxSeconds?: number;
}

function magic(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/**
 * Decodes WAV (RIFF, RIFX or RF64; PCM 8/16/24/32-bit, IEEE float 32/64, plain or extensible; any
 * rate from 1 to 384 kHz; channels averaged to mono) and AIFF/AIFF-C, detected by magic bytes
 * whatever the file is called. Empty, truncated, non-audio, absurd or over-long input throws
 * InvalidInputError.
 */
export function decodeAudio(bytes: Uint8Array, options: DecodeAudioOptions = {}): DecodedAudio {
  const { maxSeconds = DEFAULT_MAX_SECONDS } = options;
  if (!(maxSeconds > 0)) throw new RangeError(`decodeAudio: maxSeconds must be positive, got ${maxSeconds}`);
  if (bytes.byteLength === 0) throw new InvalidInputError('Audio file is empty');
  if (bytes.byteLength < 12)
    throw new InvalidInputError(`Audio file is too short (${bytes.byteLength} bytes) to hold a header`);
  const container = magic(bytes, 0);
  const form = magic(bytes, 8);
  if ((container === 'RIFF' || container === 'RIFX' || container === 'RF64') && form === 'WAVE') {
    return decodeWav(bytes, { maxSeconds });
  }
  if (container === 'FORM' && (form === 'AIFF' || form === 'AIFC')) return decodeAiff(bytes, { maxSeconds });
  throw new InvalidInputError('Not a WAV or AIFF file (unrecognised header)');
}
