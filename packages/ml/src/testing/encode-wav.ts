import wavefile from 'wavefile';

const { WaveFile } = wavefile;

/** Bit depths wavefile writes: PCM integers and IEEE floats. */
export type WavBitDepth = '8' | '16' | '24' | '32' | '32f' | '64';

/** Options for {@link encodeWav}. */
export interface EncodeWavOptions {
  /** One array per channel, samples in [-1, 1]. */
  channels: Float32Array[];
  sampleRate: number;
  bitDepth: WavBitDepth;
}

function toCodes(samples: Float32Array, bitDepth: WavBitDepth): number[] {
  if (bitDepth === '32f' || bitDepth === '64') return Array.from(samples);
  if (bitDepth === '8') return Array.from(samples, (s) => Math.max(0, Math.min(255, Math.round(s * 127 + 128))));
  const full = 2 ** (Number(bitDepth) - 1);
  return Array.from(samples, (s) => Math.max(-full, Math.min(full - 1, Math.round(s * (full - 1)))));
}

/** Writes a WAV file with wavefile, an encoder independent of the decoder under test. */
export function encodeWav(options: EncodeWavOptions): Uint8Array {
  const wav = new WaveFile();
  const channels = options.channels.map((c) => toCodes(c, options.bitDepth));
  wav.fromScratch(
    channels.length,
    options.sampleRate,
    options.bitDepth,
    channels.length === 1 ? channels[0]! : channels,
  );
  return wav.toBuffer();
}
