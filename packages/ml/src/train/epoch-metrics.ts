/** What trainClassifier reports after each epoch. */
export interface EpochMetrics {
  /** 1-based. */
  epoch: number;
  /** Mean training objective over the epoch's batches (dropout, augmentation, label smoothing and class weights active). */
  loss: number;
  /** Training accuracy over the epoch's batches (dropout and augmentation active). */
  accuracy: number;
  /** Plain cross-entropy on the validation data in inference mode. */
  valLoss?: number;
  valAccuracy?: number;
  /** The rate used for every step of this epoch (see learningRateSchedule). */
  learningRate: number;
  /** Training throughput for this epoch, excluding validation. */
  samplesPerSecond: number;
}
