import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { SampleBatch } from './batch-source.js';

/** Consecutive feature vectors in one buffer plus their labels. */
export interface PackedBatch {
  x: Float32Array;
  y: Int32Array;
}

/** Options for {@link packBatches}. */
export interface PackBatchesOptions {
  chunks: AsyncIterable<SampleBatch>;
  batchSize: number;
  featureLength: number;
  numClasses: number;
  /** Names the source in errors, e.g. 'train'. */
  name: string;
}

function checkChunk(chunk: SampleBatch, options: PackBatchesOptions, offset: number): void {
  const { featureLength, numClasses, name } = options;
  if (chunk.features.length !== chunk.labels.length) {
    throw new InvalidInputError(
      `${name}: a chunk has ${chunk.features.length} feature vectors but ${chunk.labels.length} labels`,
    );
  }
  for (let i = 0; i < chunk.labels.length; i++) {
    const label = chunk.labels[i] as number;
    if (!(Number.isInteger(label) && label >= 0 && label < numClasses)) {
      throw new InvalidInputError(
        `${name}: sample ${offset + i} has label ${label}; expected an integer in [0, ${numClasses})`,
      );
    }
    const length = (chunk.features[i] as Float32Array).length;
    if (length !== featureLength)
      throw new InvalidInputError(`${name}: sample ${offset + i} has ${length} values; expected ${featureLength}`);
  }
}

/**
 * Regroups a source's chunks (any sizes) into packed batches of exactly `batchSize` samples
 * (the last may be smaller), checking every sample's length and label on the way.
 */
export async function* packBatches(options: PackBatchesOptions): AsyncGenerator<PackedBatch> {
  const { chunks, batchSize, featureLength } = options;
  let x = new Float32Array(batchSize * featureLength);
  let y = new Int32Array(batchSize);
  let filled = 0;
  let offset = 0;
  for await (const chunk of chunks) {
    checkChunk(chunk, options, offset);
    offset += chunk.labels.length;
    for (let i = 0; i < chunk.labels.length; i++) {
      x.set(chunk.features[i] as Float32Array, filled * featureLength);
      y[filled++] = chunk.labels[i] as number;
      if (filled === batchSize) {
        yield { x, y };
        x = new Float32Array(batchSize * featureLength);
        y = new Int32Array(batchSize);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield { x: x.subarray(0, filled * featureLength), y: y.subarray(0, filled) };
}
