import type { DbDeps } from '../deps.js';
import { encodeFeatures } from './feature-encoding.js';

/** Stores computed model inputs; an entry that already exists is left as it is. */
export async function saveCachedFeatures(
  input: { preprocessingKey: string; entries: { blobHash: string; features: Float32Array }[] },
  { db }: DbDeps,
): Promise<void> {
  if (input.entries.length === 0) return;
  await db.featureCache.createMany({
    data: input.entries.map((e) => ({
      blobHash: e.blobHash,
      preprocessingKey: input.preprocessingKey,
      ...encodeFeatures(e.features),
    })),
    skipDuplicates: true,
  });
}
