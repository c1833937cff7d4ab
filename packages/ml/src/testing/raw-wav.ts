/** Options for {@link rawWav}; every header field can be set to a value real writers never produce. */
export interface RawWavOptions {
  /** 1 PCM, 3 IEEE float, or anything else (default 1). */
  formatCode?: number;
  channels?: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes per frame (default channels * ceil(bitsPerSample / 8)). */
  blockAlign?: number;
  /** Write a 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk carrying formatCode in its SubFormat GUID. */
  extensible?: boolean;
  /** Raw interleaved sample bytes of the data chunk. */
  data: Uint8Array;
  /** Size the data chunk declares (default data.length). */
  declaredDataSize?: number;
  /** RIFF (default), RIFX (big-endian sizes and samples) or RF64. */
  container?: 'RIFF' | 'RIFX' | 'RF64';
  /** Chunks written between fmt and data, e.g. LIST metadata. */
  extraChunks?: { id: string; body: Uint8Array }[];
}

/** Writes a WAV byte for byte from the given header fields, for tests of absurd or rare headers. */
export function rawWav(options: RawWavOptions): Uint8Array {
  const {
    formatCode = 1,
    channels = 1,
    sampleRate,
    bitsPerSample,
    extensible = false,
    data,
    container = 'RIFF',
  } = options;
  const blockAlign = options.blockAlign ?? channels * Math.ceil(bitsPerSample / 8);
  const le = container !== 'RIFX';
  const fmtSize = extensible ? 40 : 16;
  const extra = (options.extraChunks ?? []).reduce((sum, c) => sum + 8 + c.body.length + (c.body.length % 2), 0);
  const bytes = new Uint8Array(12 + 8 + fmtSize + extra + 8 + data.length);
  const view = new DataView(bytes.buffer);
  const tag = (offset: number, text: string) =>
    bytes.set(
      Array.from(text, (c) => c.charCodeAt(0)),
      offset,
    );
  tag(0, container);
  view.setUint32(4, container === 'RF64' ? 0xffffffff : bytes.length - 8, le);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  view.setUint32(16, fmtSize, le);
  view.setUint16(20, extensible ? 0xfffe : formatCode, le);
  view.setUint16(22, channels, le);
  view.setUint32(24, sampleRate, le);
  view.setUint32(28, sampleRate * blockAlign, le);
  view.setUint16(32, blockAlign, le);
  view.setUint16(34, bitsPerSample, le);
  if (extensible) {
    view.setUint16(36, 22, le);
    view.setUint16(38, bitsPerSample, le);
    view.setUint32(40, channels === 1 ? 0x4 : 0x3, le);
    view.setUint16(44, formatCode, le);
    // The rest of KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT: 0000-0010-8000-00aa00389b71.
    bytes.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 46);
  }
  let offset = 20 + fmtSize;
  for (const chunk of options.extraChunks ?? []) {
    tag(offset, chunk.id);
    view.setUint32(offset + 4, chunk.body.length, le);
    bytes.set(chunk.body, offset + 8);
    offset += 8 + chunk.body.length + (chunk.body.length % 2);
  }
  tag(offset, 'data');
  view.setUint32(offset + 4, options.declaredDataSize ?? data.length, le);
  bytes.set(data, offset + 8);
  return bytes;
}
