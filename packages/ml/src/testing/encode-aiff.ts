/** Options for {@link encodeAiff}. */
export interface EncodeAiffOptions {
  channels: Float32Array[];
  sampleRate: number;
}

/** Writes an 80-bit IEEE extended float, big-endian (positive, non-zero values only). */
function writeExtended(view: DataView, offset: number, value: number): void {
  const exponent = Math.floor(Math.log2(value));
  const mantissa = value / 2 ** exponent; // in [1, 2)
  view.setUint16(offset, exponent + 16_383);
  const hi = Math.floor(mantissa * 2 ** 31);
  view.setUint32(offset + 2, hi);
  view.setUint32(offset + 6, Math.floor((mantissa * 2 ** 31 - hi) * 2 ** 32));
}

/** Writes a 16-bit big-endian PCM AIFF file. */
export function encodeAiff(options: EncodeAiffOptions): Uint8Array {
  const { channels, sampleRate } = options;
  const frames = channels[0]?.length ?? 0;
  const soundBytes = frames * channels.length * 2;
  const bytes = new Uint8Array(12 + 26 + 16 + soundBytes);
  const view = new DataView(bytes.buffer);
  const tag = tagWriter(bytes);
  tag(0, 'FORM');
  view.setUint32(4, bytes.length - 8);
  tag(8, 'AIFF');
  tag(12, 'COMM');
  view.setUint32(16, 18);
  view.setInt16(20, channels.length);
  view.setUint32(22, frames);
  view.setInt16(26, 16);
  writeExtended(view, 28, sampleRate);
  tag(38, 'SSND');
  view.setUint32(42, 8 + soundBytes);
  let offset = 54;
  for (let f = 0; f < frames; f++) {
    for (const channel of channels) {
      view.setInt16(offset, Math.round((channel[f] as number) * 32_767));
      offset += 2;
    }
  }
  return bytes;
}

/** Writes ASCII chunk ids into `bytes`. */
function tagWriter(bytes: Uint8Array): (offset: number, text: string) => void {
  return (offset, text) =>
    bytes.set(
      Array.from(text, (c) => c.charCodeAt(0)),
      offset,
    );
}

/** Writes a mono 16 kHz 16-bit AIFF-C file with the given compression id and sound bytes, as written. */
export function encodeAifc(options: { frames: number; compression: string; sound: Uint8Array }): Uint8Array {
  const { frames, compression, sound } = options;
  const bytes = new Uint8Array(12 + 8 + 24 + 16 + sound.length);
  const view = new DataView(bytes.buffer);
  const tag = tagWriter(bytes);
  tag(0, 'FORM');
  view.setUint32(4, bytes.length - 8);
  tag(8, 'AIFC');
  tag(12, 'COMM');
  view.setUint32(16, 24);
  view.setInt16(20, 1);
  view.setUint32(22, frames);
  view.setInt16(26, 16);
  bytes.set([0x40, 0x0c, 0xfa, 0x00], 28); // 16,000 Hz as an 80-bit float
  tag(38, compression);
  tag(44, 'SSND');
  view.setUint32(48, 8 + sound.length);
  bytes.set(sound, 60);
  return bytes;
}
