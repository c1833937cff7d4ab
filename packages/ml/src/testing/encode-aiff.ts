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
  const tag = (offset: number, text: string) =>
    bytes.set(
      Array.from(text, (c) => c.charCodeAt(0)),
      offset,
    );
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
