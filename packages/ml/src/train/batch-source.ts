/** Some labelled samples: `features[i]` has label index `labels[i]` (into EMOTION_LABELS). */
export interface SampleBatch {
  features: Float32Array[];
  labels: number[];
}

/** What trainClassifier asks a {@link BatchSource} for. */
export interface BatchRequest {
  /** 1-based epoch the samples are for. */
  epoch: number;
  /** Derived from the run's seed and the epoch: a source that shuffles should shuffle with it, so runs (and resumes) repeat. */
  seed: number;
  /** The trainer's batch size; a hint, e.g. for page sizes (any chunk size works). */
  batchSize: number;
}

/**
 * Samples streamed chunk by chunk (e.g. database pages), so a dataset need not fit in memory.
 * trainClassifier regroups the chunks into batches of exactly `batchSize` (the last may be
 * smaller), so batches depend only on the order of samples, never on chunk sizes. For
 * reproducible and resumable training, the same request must yield the same samples in the same
 * order; validation sources may ignore `seed`.
 */
export interface BatchSource {
  /** Samples in one epoch; used for progress and batch counts. */
  size: number;
  /** Samples per label index; needed for `classWeights: 'balanced'`. */
  labelCounts?: readonly number[];
  /** One epoch of samples, in chunks of any size. */
  batches(request: BatchRequest): AsyncIterable<SampleBatch>;
}

/** True when a training or validation input is a streaming source rather than arrays in memory. */
export function isBatchSource(input: SampleBatch | BatchSource): input is BatchSource {
  return typeof (input as Partial<BatchSource>).batches === 'function';
}
