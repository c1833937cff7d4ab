/** One finished epoch of a training run, as the API reports it. */
export interface TrainingEpoch {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  learningRate: number | null;
  imagesPerSecond: number | null;
}

/** GraphQL selection of every TrainingEpoch field. */
export const TRAINING_EPOCH_FIELDS = 'epoch loss accuracy valLoss valAccuracy learningRate imagesPerSecond';
