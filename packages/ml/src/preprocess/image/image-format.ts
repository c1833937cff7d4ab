/** Image formats decodeImage accepts, in the order error messages list them. */
export const SUPPORTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif'] as const;

/** One of {@link SUPPORTED_IMAGE_FORMATS}. */
export type ImageFormat = (typeof SUPPORTED_IMAGE_FORMATS)[number];

/** Formats recognised by their magic bytes but refused (no decoder here, or not a raster photo). */
export type UnsupportedImageFormat = 'heic' | 'bmp' | 'ico' | 'psd' | 'jxl' | 'jp2' | 'pdf' | 'svg';

/** Display names for messages. */
export const IMAGE_FORMAT_NAMES: Record<ImageFormat | UnsupportedImageFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  tiff: 'TIFF',
  avif: 'AVIF',
  heic: 'HEIC',
  bmp: 'BMP',
  ico: 'ICO',
  psd: 'PSD',
  jxl: 'JPEG XL',
  jp2: 'JPEG 2000',
  pdf: 'PDF',
  svg: 'SVG',
};

/** True for the formats decodeImage decodes. */
export function isSupportedImageFormat(format: string): format is ImageFormat {
  return (SUPPORTED_IMAGE_FORMATS as readonly string[]).includes(format);
}
