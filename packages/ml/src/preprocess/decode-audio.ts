import { decodeAiff } from './decode-aiff.js';
import { decodeWav } from './decode-wav.js';
import type { DecodedAudio } from './decoded-audio.js';
import { InvalidInputError } from './invalid-input-error.js';

const MIN_SAMPLE_RATE = 1_000;
const MAX_SAMPLE_RATE = 768_000;

function magic(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/**
 * Decodes WAV (PCM 8/16/24/32-bit, IEEE float 32/64, any rate, channels mixed down to mono)
 * and AIFF/AIFF-C, detected by magic bytes whatever the file is called.
 * Truncated, empty or non-audio input throws InvalidInputError.
 */
export function decodeAudio(bytes: Uint8Array): DecodedAudio {
  if (bytes.byteLength === 0) throw new InvalidInputError('Audio file is empty');
  if (bytes.byteLength < 12) throw new InvalidInputError(`Audio file is too short (${bytes.byteLength} bytes) to hold a header`);
  const container = magic(bytes, 0);
  const form = magic(bytes, 8);
  let decoded: DecodedAudio;
  if ((container === 'RIFF' || container === 'RIFX') && form === 'WAVE') decoded = decodeWav(bytes);
  else if (container === 'FORM' && (form === 'AIFF' || form === 'AIFC')) decoded = decodeAiff(bytes);
  else throw new InvalidInputError('Not a WAV or AIFF file (unrecognised header)');
  if (!(decoded.sampleRate >= MIN_SAMPLE_RATE && decoded.sampleRate <= MAX_SAMPLE_RATE)) {
    throw new InvalidInputError(
      `Unsupported sample rate ${decoded.sampleRate} Hz (expected ${MIN_SAMPLE_RATE} to ${MAX_SAMPLE_RATE})`,
    );
  }
  return decoded;
}
