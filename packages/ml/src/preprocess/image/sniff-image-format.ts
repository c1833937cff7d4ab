import type { ImageFormat, UnsupportedImageFormat } from './image-format.js';

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean =>
  prefix.every((byte, i) => bytes[offset + i] === byte);

// ISO base media (HEIF family) major and compatible brands.
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

function sniffIsoMedia(bytes: Uint8Array): ImageFormat | UnsupportedImageFormat | undefined {
  if (ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const boxSize = Math.min(
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0),
    64,
  );
  const brands = [ascii(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  if (brands.includes('jp2 ')) return 'jp2';
  // 'mif1'/'msf1' alone: a HEIF container whose codec decodeImage reads from the metadata.
  return brands.includes('mif1') || brands.includes('msf1') ? 'avif' : undefined;
}

function sniffText(bytes: Uint8Array): 'svg' | undefined {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).trimStart(); // trimStart drops a BOM too
  return (head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--')) && head.includes('<svg')
    ? 'svg'
    : undefined;
}

/**
 * Names an image format from its magic bytes, or returns undefined when the bytes start like no
 * image format we know. Only the header is read; the rest may still be corrupt.
 */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | UnsupportedImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  // Classic and BigTIFF, little- and big-endian.
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  const isoMedia = sniffIsoMedia(bytes);
  if (isoMedia) return isoMedia;
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'ico';
  if (ascii(bytes, 0, 4) === '8BPS') return 'psd';
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20]))
    return 'jxl';
  if (
    startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]) ||
    startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])
  ) {
    return 'jp2';
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  return sniffText(bytes);
}
