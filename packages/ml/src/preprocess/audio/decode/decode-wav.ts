import { checkAudioHeader } from './check-audio-header.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { readMonoSamples, type PcmLayout } from './read-mono-samples.js';
import type { DecodedAudio } from './decoded-audio.js';

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;
/** RF64 files and some streaming writers put this in 32-bit size fields; the real size is "to the end". */
const UNKNOWN_SIZE = 0xffffffff;

interface WavFormat {
  formatCode: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bitsPerSample: number;
}

/** Options for {@link decodeWav}. */
export interface DecodeWavOptions {
  /** Longest accepted duration in seconds. */
  maxSeconds: number;
}

function ascii(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

function readFormat(view: DataView, offset: number, size: number, le: boolean): WavFormat {
  if (size < 16) throw new InvalidInputError(`WAV fmt chunk is too short (${size} bytes, 16 needed)`);
  let formatCode = view.getUint16(offset, le);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format code in the first two bytes of its SubFormat GUID.
  if (formatCode === EXTENSIBLE && size >= 26) formatCode = view.getUint16(offset + 24, le);
  return {
    formatCode,
    channels: view.getUint16(offset + 2, le),
    sampleRate: view.getUint32(offset + 4, le),
    blockAlign: view.getUint16(offset + 12, le),
    bitsPerSample: view.getUint16(offset + 14, le),
  };
}

function layoutFor(format: WavFormat): Pick<PcmLayout, 'containerBytes' | 'encoding'> {
  const { formatCode, channels, blockAlign, bitsPerSample } = format;
  if (channels < 1) throw new InvalidInputError('WAV declares 0 channels; at least 1 is needed');
  const containerBytes = blockAlign / channels;
  if (formatCode === PCM && [1, 2, 3, 4].includes(containerBytes) && bitsPerSample <= containerBytes * 8) {
    return { containerBytes, encoding: containerBytes === 1 ? 'unsigned' : 'signed' };
  }
  if (formatCode === IEEE_FLOAT && (containerBytes === 4 || containerBytes === 8)) {
    return { containerBytes, encoding: 'float' };
  }
  if (formatCode === PCM || formatCode === IEEE_FLOAT) {
    throw new InvalidInputError(
      `WAV header is inconsistent: block size ${blockAlign} for ${channels} channels of ${bitsPerSample}-bit samples`,
    );
  }
  throw new InvalidInputError(
    `Unsupported WAV encoding (format code ${formatCode}, ${bitsPerSample} bits); use PCM or IEEE float`,
  );
}

/**
 * Decodes a RIFF, RIFX (big-endian) or RF64 WAVE file (PCM 8/16/24/32-bit, IEEE float 32/64,
 * plain or WAVE_FORMAT_EXTENSIBLE) into mono samples. The header is checked before samples are read.
 */
export function decodeWav(bytes: Uint8Array, options: DecodeWavOptions): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = ascii(bytes, 0) !== 'RIFX';
  let format: WavFormat | undefined;
  let data: { offset: number; size: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength && !(format && data)) {
    const id = ascii(bytes, offset);
    const declared = view.getUint32(offset + 4, le);
    const body = offset + 8;
    const available = bytes.byteLength - body;
    if (id === 'data') {
      if (declared !== UNKNOWN_SIZE && declared > available) {
        throw new InvalidInputError(
          `WAV file is truncated: its data chunk declares ${declared} bytes but only ${available} are present`,
        );
      }
      data = { offset: body, size: declared === UNKNOWN_SIZE ? available : declared };
    } else if (id === 'fmt ') {
      if (declared > available) throw new InvalidInputError('WAV file is truncated inside its fmt chunk');
      format = readFormat(view, body, declared, le);
    }
    offset = body + declared + (declared % 2);
  }
  if (!format) throw new InvalidInputError('WAV file has no fmt chunk (truncated or not a WAV file)');
  if (!data) throw new InvalidInputError('WAV file has no data chunk (truncated or not a WAV file)');
  const layout = layoutFor(format);
  const frames = Math.floor(data.size / format.blockAlign);
  checkAudioHeader({
    container: 'WAV',
    channels: format.channels,
    sampleRate: format.sampleRate,
    frames,
    maxSeconds: options.maxSeconds,
  });
  const samples = readMonoSamples({
    view,
    offset: data.offset,
    frames,
    channels: format.channels,
    littleEndian: le,
    ...layout,
  });
  return { samples, sampleRate: format.sampleRate };
}
