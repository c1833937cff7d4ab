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
  const { view, tag } = writeHeader(bytes, { form: 'AIFF', commSize: 18, channels: channels.length, frames });
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

/** The FORM header and the COMM chunk up to the sample rate (16-bit samples); returns writers for the rest. */
function writeHeader(
  bytes: Uint8Array,
  header: { form: 'AIFF' | 'AIFC'; commSize: number; channels: number; frames: number },
) {
  const view = new DataView(bytes.buffer);
  const tag = (offset: number, text: string) =>
    bytes.set(
      Array.from(text, (c) => c.charCodeAt(0)),
      offset,
    );
  tag(0, 'FORM');
  view.setUint32(4, bytes.length - 8);
  tag(8, header.form);
  tag(12, 'COMM');
  view.setUint32(16, header.commSize);
  view.setInt16(20, header.channels);
  view.setUint32(22, header.frames);
  view.setInt16(26, 16);
  return { view, tag };
}

/** Writes a mono 16 kHz 16-bit AIFF-C file with the given compression id and sound bytes, as written. */
export function encodeAifc(options: { frames: number; compression: string; sound: Uint8Array }): Uint8Array {
  const { frames, compression, sound } = options;
  const bytes = new Uint8Array(12 + 8 + 24 + 16 + sound.length);
  const { view, tag } = writeHeader(bytes, { form: 'AIFC', commSize: 24, channels: 1, frames });
  bytes.set([0x40, 0x0c, 0xfa, 0x00], 28); // 16,000 Hz as an 80-bit float
  tag(38, compression);
  tag(44, 'SSND');
  view.setUint32(48, 8 + sound.length);
  bytes.set(sound, 60);
  return bytes;
}
