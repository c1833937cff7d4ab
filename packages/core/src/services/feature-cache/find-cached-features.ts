import type { DbDeps } from '../deps.js';
import { decodeFeatures } from './feature-encoding.js';

/** Cached model inputs for these blobs under one preprocessing key; blobs without an entry are absent from the map. */
export async function findCachedFeatures(
  input: { blobHashes: string[]; preprocessingKey: string },
  { db }: DbDeps,
): Promise<Map<string, Float32Array>> {
  if (input.blobHashes.length === 0) return new Map();
  const rows = await db.featureCache.findMany({
    where: { preprocessingKey: input.preprocessingKey, blobHash: { in: [...new Set(input.blobHashes)] } },
  });
  return new Map(rows.map((r) => [r.blobHash, decodeFeatures(r.encoding, r.data)]));
}
