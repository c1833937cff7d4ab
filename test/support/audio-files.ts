/** Sample encodings the WAV writer supports. */
export type WavEncoding = 'u8' | 's16' | 's24' | 's32' | 'f32';

/** A tone of `seconds` at `hz`, one array per channel (the right channel a fifth higher). */
export function tone(options: { hz: number; seconds: number; sampleRate: number; channels?: number }): Float32Array[] {
  const n = Math.round(options.seconds * options.sampleRate);
  return Array.from({ length: options.channels ?? 1 }, (_, c) =>
    Float32Array.from(
      { length: n },
      (_, i) =>
        0.5 *
        Math.sin((2 * Math.PI * options.hz * (c ? 1.5 : 1) * i) / options.sampleRate) *
        Math.min(1, i / 200, (n - i) / 200),
    ),
  );
}

const BYTES: Record<WavEncoding, number> = { u8: 1, s16: 2, s24: 3, s32: 4, f32: 4 };

function writeSample(view: DataView, offset: number, value: number, encoding: WavEncoding): void {
  const v = Math.max(-1, Math.min(1, value));
  if (encoding === 'u8') view.setUint8(offset, Math.round(v * 127 + 128));
  else if (encoding === 's16') view.setInt16(offset, Math.round(v * 32767), true);
  else if (encoding === 's32') view.setInt32(offset, Math.round(v * 2147483647), true);
  else if (encoding === 'f32') view.setFloat32(offset, v, true);
  else {
    const i = Math.round(v * 8388607);
    view.setUint8(offset, i & 0xff);
    view.setUint8(offset + 1, (i >> 8) & 0xff);
    view.setUint8(offset + 2, (i >> 16) & 0xff);
  }
}

/** A RIFF/WAVE file (PCM, or IEEE float for f32) of interleaved channels. */
export function encodeWav(options: { channels: Float32Array[]; sampleRate: number; encoding: WavEncoding }): Buffer {
  const { channels, sampleRate, encoding } = options;
  const width = BYTES[encoding];
  const frames = channels[0]?.length ?? 0;
  const dataSize = frames * channels.length * width;
  const view = new DataView(new ArrayBuffer(44 + dataSize));
  const text = (offset: number, s: string) => [...s].forEach((ch, i) => view.setUint8(offset + i, ch.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataSize, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, encoding === 'f32' ? 3 : 1, true);
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels.length * width, true);
  view.setUint16(32, channels.length * width, true);
  view.setUint16(34, width * 8, true);
  text(36, 'data');
  view.setUint32(40, dataSize, true);
  for (let i = 0; i < frames; i += 1) {
    channels.forEach((channel, c) =>
      writeSample(view, 44 + (i * channels.length + c) * width, channel[i] ?? 0, encoding),
    );
  }
  return Buffer.from(view.buffer);
}

/** An AIFF file (16-bit big-endian PCM), as TESS ships a few of behind a .wav name. */
export function encodeAiff(options: { samples: Float32Array; sampleRate: number }): Buffer {
  const n = options.samples.length;
  const view = new DataView(new ArrayBuffer(54 + n * 2));
  const text = (offset: number, s: string) => [...s].forEach((ch, i) => view.setUint8(offset + i, ch.charCodeAt(0)));
  text(0, 'FORM');
  view.setUint32(4, 46 + n * 2);
  text(8, 'AIFF');
  text(12, 'COMM');
  view.setUint32(16, 18);
  view.setUint16(20, 1);
  view.setUint32(22, n);
  view.setUint16(26, 16);
  // 80-bit extended sample rate: exponent then 64-bit mantissa.
  const exponent = Math.floor(Math.log2(options.sampleRate));
  view.setUint16(28, 16383 + exponent);
  const mantissa = BigInt(Math.round(options.sampleRate * 2 ** (63 - exponent)));
  view.setBigUint64(30, mantissa);
  text(38, 'SSND');
  view.setUint32(42, 8 + n * 2);
  view.setUint32(46, 0);
  view.setUint32(50, 0);
  options.samples.forEach((v, i) => view.setInt16(54 + i * 2, Math.round(Math.max(-1, Math.min(1, v)) * 32767)));
  return Buffer.from(view.buffer);
}
