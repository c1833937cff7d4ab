import { createHash } from 'node:crypto';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';

/** First bytes of every serialized classifier. */
const MAGIC = 'EMOLABML';
/** Bumped when the layout or header changes incompatibly. */
export const CLASSIFIER_FORMAT_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 8;
const DIGEST_BYTES = 32;

/**
 * Layout: MAGIC | u32 LE format version | u32 LE header length | header JSON (UTF-8) |
 * weight bytes | SHA-256 of everything before it.
 */
export function packContainer(header: Record<string, unknown>, weights: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX_BYTES + json.length + weights.length + DIGEST_BYTES);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(MAGIC.length, CLASSIFIER_FORMAT_VERSION, true);
  view.setUint32(MAGIC.length + 4, json.length, true);
  out.set(json, PREFIX_BYTES);
  out.set(weights, PREFIX_BYTES + json.length);
  const body = out.subarray(0, out.length - DIGEST_BYTES);
  out.set(createHash('sha256').update(body).digest(), body.length);
  return out;
}

/** Checks magic, version and checksum, then returns the parsed header and a copy of the weight bytes. */
export function unpackContainer(bytes: Uint8Array): { header: Record<string, unknown>; weights: ArrayBuffer } {
  if (
    bytes.length < PREFIX_BYTES + DIGEST_BYTES ||
    new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC
  ) {
    throw new InvalidInputError('Not a serialized Emolab classifier');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(MAGIC.length, true);
  if (version !== CLASSIFIER_FORMAT_VERSION) {
    throw new InvalidInputError(
      `Unsupported classifier format version ${version} (this build reads ${CLASSIFIER_FORMAT_VERSION})`,
    );
  }
  const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  const digest = createHash('sha256').update(body).digest();
  if (!digest.equals(bytes.subarray(body.length))) {
    throw new InvalidInputError('Serialized classifier is corrupt or truncated (checksum mismatch)');
  }
  const headerLength = view.getUint32(MAGIC.length + 4, true);
  if (PREFIX_BYTES + headerLength > body.length)
    throw new InvalidInputError('Serialized classifier header is truncated');
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)),
    );
  } catch (error) {
    throw new InvalidInputError('Serialized classifier header is not valid JSON', { cause: error });
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw new InvalidInputError('Serialized classifier header is not an object');
  }
  const weights = body.slice(PREFIX_BYTES + headerLength);
  return { header: header as Record<string, unknown>, weights: weights.buffer };
}
