import { AppError } from '@emolab/core/errors';

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** An upload's bytes from base64 (a data: URL prefix and whitespace allowed); bad or oversized data is INVALID_INPUT. */
export function decodeBase64(fileBase64: string, maxBytes: number): Uint8Array {
  const text = fileBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) throw new AppError('INVALID_INPUT', 'fileBase64 is not base64 data');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > maxBytes)
    throw new AppError('INVALID_INPUT', `The file is larger than the ${maxBytes} byte limit`);
  return bytes;
}
