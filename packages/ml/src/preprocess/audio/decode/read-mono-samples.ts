/** How interleaved frames are laid out in a PCM byte buffer. */
export interface PcmLayout {
  view: DataView;
  /** Byte offset of the first frame. */
  offset: number;
  frames: number;
  channels: number;
  /** Bytes per sample of one channel: 1, 2, 3, 4 or 8. */
  containerBytes: number;
  /** 'unsigned' is WAV's 8-bit offset binary; 'signed' is two's complement; 'float' is IEEE 754. */
  encoding: 'signed' | 'unsigned' | 'float';
  littleEndian: boolean;
}

function sampleReader(layout: PcmLayout): (byteOffset: number) => number {
  const { view, containerBytes: size, encoding, littleEndian: le } = layout;
  if (encoding === 'float') {
    if (size === 4) return (o) => view.getFloat32(o, le);
    if (size === 8) return (o) => view.getFloat64(o, le);
  } else if (encoding === 'unsigned' && size === 1) {
    return (o) => (view.getUint8(o) - 128) / 128;
  } else if (encoding === 'signed') {
    if (size === 1) return (o) => view.getInt8(o) / 128;
    if (size === 2) return (o) => view.getInt16(o, le) / 32_768;
    if (size === 3) {
      return le
        ? (o) => (view.getUint8(o) | (view.getUint8(o + 1) << 8) | (view.getInt8(o + 2) << 16)) / 8_388_608
        : (o) => (view.getUint8(o + 2) | (view.getUint8(o + 1) << 8) | (view.getInt8(o) << 16)) / 8_388_608;
    }
    if (size === 4) return (o) => view.getInt32(o, le) / 2_147_483_648;
  }
  throw new RangeError(`No reader for ${size}-byte ${encoding} samples`);
}

/** Reads interleaved PCM frames and averages the channels into one mono signal in [-1, 1]. */
export function readMonoSamples(layout: PcmLayout): Float32Array {
  const read = sampleReader(layout);
  const { offset, frames, channels, containerBytes } = layout;
  const out = new Float32Array(frames);
  const frameBytes = channels * containerBytes;
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    const base = offset + f * frameBytes;
    for (let c = 0; c < channels; c++) sum += read(base + c * containerBytes);
    // Non-finite floats (NaN/Inf in a corrupt float file) would poison every later feature.
    const value = sum / channels;
    out[f] = Number.isFinite(value) ? value : 0;
  }
  return out;
}
