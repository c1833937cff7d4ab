/** What trainClassifier reports after each epoch. */
export interface EpochMetrics {
  /** 1-based. */
  epoch: number;
  /** Mean training loss over the epoch's batches (dropout active). */
  loss: number;
  /** Training accuracy over the epoch's batches (dropout active). */
  accuracy: number;
  valLoss?: number;
  valAccuracy?: number;
  learningRate: number;
  /** Training throughput for this epoch, excluding validation. */
  samplesPerSecond: number;
}
