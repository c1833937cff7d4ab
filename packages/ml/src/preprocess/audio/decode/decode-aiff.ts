import { checkAudioHeader } from './check-audio-header.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { readMonoSamples, type PcmLayout } from './read-mono-samples.js';
import type { DecodedAudio } from './decoded-audio.js';

interface CommonChunk {
  channels: number;
  frames: number;
  bitsPerSample: number;
  sampleRate: number;
  compression: string;
}

function ascii(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/** Reads an IEEE 754 80-bit extended float (big-endian), which AIFF uses for the sample rate. */
export function readExtended(view: DataView, offset: number): number {
  const signAndExponent = view.getUint16(offset);
  const mantissa = view.getUint32(offset + 2) * 2 ** 32 + view.getUint32(offset + 6);
  const exponent = signAndExponent & 0x7fff;
  if (exponent === 0 && mantissa === 0) return 0;
  const value = mantissa * 2 ** (exponent - 16_383 - 63);
  return signAndExponent & 0x8000 ? -value : value;
}

function readCommon(view: DataView, bytes: Uint8Array, offset: number, size: number, isAifc: boolean): CommonChunk {
  if (size < 18) throw new InvalidInputError('AIFF COMM chunk is too short');
  return {
    channels: view.getInt16(offset),
    frames: view.getUint32(offset + 2),
    bitsPerSample: view.getInt16(offset + 6),
    sampleRate: readExtended(view, offset + 8),
    compression: isAifc && size >= 22 ? ascii(bytes, offset + 18) : 'NONE',
  };
}

function layoutFor(common: CommonChunk): Pick<PcmLayout, 'containerBytes' | 'encoding' | 'littleEndian'> {
  const { compression, bitsPerSample } = common;
  const containerBytes = Math.ceil(bitsPerSample / 8);
  if ((compression === 'NONE' || compression === 'twos') && containerBytes >= 1 && containerBytes <= 4) {
    return { containerBytes, encoding: 'signed', littleEndian: false };
  }
  if (compression === 'sowt' && containerBytes >= 2 && containerBytes <= 4) {
    return { containerBytes, encoding: 'signed', littleEndian: true };
  }
  if (compression.toLowerCase() === 'fl32') return { containerBytes: 4, encoding: 'float', littleEndian: false };
  if (compression.toLowerCase() === 'fl64') return { containerBytes: 8, encoding: 'float', littleEndian: false };
  throw new InvalidInputError(`Unsupported AIFF encoding '${compression}' with ${bitsPerSample} bits`);
}

/** Options for {@link decodeAiff}. */
export interface DecodeAiffOptions {
  /** Longest accepted duration in seconds. */
  maxSeconds: number;
}

/** Decodes an AIFF or uncompressed AIFF-C file (big-endian PCM, 'sowt', 'fl32', 'fl64') into mono samples. */
export function decodeAiff(bytes: Uint8Array, options: DecodeAiffOptions): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isAifc = ascii(bytes, 8) === 'AIFC';
  let common: CommonChunk | undefined;
  let sound: { offset: number; available: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength && !(common && sound)) {
    const id = ascii(bytes, offset);
    const declared = view.getUint32(offset + 4);
    const body = offset + 8;
    const available = bytes.byteLength - body;
    if (id === 'COMM') {
      if (declared > available) throw new InvalidInputError('AIFF file is truncated inside its COMM chunk');
      common = readCommon(view, bytes, body, declared, isAifc);
    } else if (id === 'SSND') {
      if (available < 8) throw new InvalidInputError('AIFF file is truncated inside its SSND chunk');
      const dataOffset = body + 8 + view.getUint32(body);
      sound = { offset: dataOffset, available: Math.max(0, bytes.byteLength - dataOffset) };
    }
    offset = body + declared + (declared % 2);
  }
  if (!common) throw new InvalidInputError('AIFF file has no COMM chunk (truncated or not an AIFF file)');
  if (!sound) throw new InvalidInputError('AIFF file has no SSND chunk (truncated or not an AIFF file)');
  if (common.channels < 1)
    throw new InvalidInputError(`AIFF declares ${common.channels} channels; at least 1 is needed`);
  const layout = layoutFor(common);
  const needed = common.frames * common.channels * layout.containerBytes;
  if (needed > sound.available) {
    throw new InvalidInputError(
      `AIFF file is truncated: it declares ${needed} bytes of samples but only ${sound.available} are present`,
    );
  }
  const { channels, sampleRate, frames } = common;
  checkAudioHeader({ container: 'AIFF', channels, sampleRate, frames, maxSeconds: options.maxSeconds });
  const samples = readMonoSamples({
    view,
    offset: sound.offset,
    frames: common.frames,
    channels: common.channels,
    ...layout,
  });
  return { samples, sampleRate: common.sampleRate };
}
