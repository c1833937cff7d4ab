/** Options for {@link pcmBytes}. */
export interface PcmBytesOptions {
  /** 'u8' is WAV's unsigned 8-bit; 's16'/'s24'/'s32' two's complement; 'f32'/'f64' IEEE float. */
  encoding: 'u8' | 's16' | 's24' | 's32' | 'f32' | 'f64';
  littleEndian?: boolean;
}

const WIDTH = { u8: 1, s16: 2, s24: 3, s32: 4, f32: 4, f64: 8 } as const;

/** Interleaves channels of samples in [-1, 1] into raw sample bytes, independently of any library. */
export function pcmBytes(channels: Float32Array[], options: PcmBytesOptions): Uint8Array {
  const { encoding, littleEndian = true } = options;
  const width = WIDTH[encoding];
  const frames = channels[0]?.length ?? 0;
  const bytes = new Uint8Array(frames * channels.length * width);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  for (let f = 0; f < frames; f++) {
    for (const channel of channels) {
      const s = Math.max(-1, Math.min(1, channel[f] as number));
      if (encoding === 'u8') view.setUint8(offset, Math.round(s * 127 + 128));
      else if (encoding === 's16') view.setInt16(offset, Math.round(s * 32_767), littleEndian);
      else if (encoding === 's32') view.setInt32(offset, Math.round(s * 2_147_483_647), littleEndian);
      else if (encoding === 'f32') view.setFloat32(offset, s, littleEndian);
      else if (encoding === 'f64') view.setFloat64(offset, s, littleEndian);
      else {
        const code = Math.round(s * 8_388_607) & 0xffffff;
        const ordered = [code & 0xff, (code >> 8) & 0xff, (code >> 16) & 0xff];
        bytes.set(littleEndian ? ordered : ordered.reverse(), offset);
      }
      offset += width;
    }
  }
  return bytes;
}
