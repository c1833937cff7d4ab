import type { Classifier, PredictOptions } from './classifier.js';

/** Options for {@link batchConcurrentPredictions}. */
export interface BatchConcurrentPredictionsOptions {
  /** Most inputs one model call takes; a full queue is sent at once (default 64). */
  maxBatch?: number;
}

interface Pending {
  features: Float32Array[];
  /** Only callers with the same choice share a model call. */
  testTimeAugmentation: boolean;
  resolve: (rows: number[][]) => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps a classifier so that predict calls arriving while the model is busy, or in the same turn
 * of the event loop, run as one batched model call: the API serves many one-image requests, and
 * a batch of 64 costs a fraction of 64 single calls. One call runs at a time (the WASM backend
 * computes on one thread anyway); whatever queued meanwhile goes next. When a batched call fails
 * (one caller's malformed input), each caller is retried alone so only the bad one sees the error.
 */
export function batchConcurrentPredictions(
  inner: Classifier,
  options: BatchConcurrentPredictionsOptions = {},
): Classifier {
  const maxBatch = options.maxBatch ?? 64;
  if (!(Number.isInteger(maxBatch) && maxBatch >= 1))
    throw new RangeError(`maxBatch must be a positive integer, got ${maxBatch}`);
  let queue: Pending[] = [];
  let running = false;
  let scheduled = false;

  const optionsOf = (p: Pending): PredictOptions => ({ testTimeAugmentation: p.testTimeAugmentation });
  const runAlone = (p: Pending) => inner.predict(p.features, optionsOf(p)).then(p.resolve, p.reject);

  async function runBatch(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return runAlone(batch[0]!);
    let rows: number[][];
    try {
      rows = await inner.predict(
        batch.flatMap((p) => p.features),
        optionsOf(batch[0]!),
      );
    } catch {
      for (const p of batch) await runAlone(p);
      return;
    }
    let offset = 0;
    for (const p of batch) {
      p.resolve(rows.slice(offset, offset + p.features.length));
      offset += p.features.length;
    }
  }

  /** Callers whose inputs fit one model call and who chose the same augmentation (a caller larger than maxBatch goes alone; predict splits it). */
  function takeBatch(): Pending[] {
    const batch: Pending[] = [];
    let size = 0;
    const fits = (next: Pending) =>
      size + next.features.length <= maxBatch && next.testTimeAugmentation === batch[0]!.testTimeAugmentation;
    while (queue.length > 0 && (batch.length === 0 || fits(queue[0]!))) {
      const next = queue.shift()!;
      batch.push(next);
      size += next.features.length;
    }
    return batch;
  }

  async function drain(): Promise<void> {
    scheduled = false;
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) await runBatch(takeBatch());
    } finally {
      running = false;
    }
  }

  return {
    modality: inner.modality,
    labels: inner.labels,
    architecture: inner.architecture,
    preprocessing: inner.preprocessing,
    predict(features, options = {}) {
      if (features.length === 0) return Promise.resolve([]);
      return new Promise<number[][]>((resolve, reject) => {
        queue.push({ features, testTimeAugmentation: options.testTimeAugmentation !== false, resolve, reject });
        if (!running && !scheduled) {
          scheduled = true;
          setImmediate(() => void drain()); // let the rest of this turn's callers join the batch
        }
      });
    },
    dispose() {
      const abandoned = queue;
      queue = [];
      for (const p of abandoned) p.reject(new Error('Classifier has been disposed'));
      inner.dispose();
    },
  };
}
