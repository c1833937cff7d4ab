/** How cached features are stored: u8 when every value is an exact multiple of 1/255 (image pixels), else f32. */
export type FeatureEncoding = 'u8' | 'f32';

/** Packs features compactly, losslessly. */
export function encodeFeatures(features: Float32Array): { encoding: FeatureEncoding; data: Uint8Array<ArrayBuffer> } {
  const bytes = new Uint8Array(features.length);
  for (let i = 0; i < features.length; i += 1) {
    const v = features[i] ?? 0;
    const q = Math.round(v * 255);
    if (q < 0 || q > 255 || Math.fround(q / 255) !== v)
      return { encoding: 'f32', data: new Uint8Array(features.slice().buffer) };
    bytes[i] = q;
  }
  return { encoding: 'u8', data: bytes };
}

/** Inverse of encodeFeatures. */
export function decodeFeatures(encoding: string, data: Uint8Array): Float32Array {
  if (encoding === 'u8') return Float32Array.from(data, (q) => Math.fround(q / 255));
  const copy = new Uint8Array(data); // aligned copy: Bytes from the driver may sit at any offset
  return new Float32Array(copy.buffer, 0, copy.length / 4);
}
