import type { EarlyStoppingState } from './early-stopping.js';
import type { EpochMetrics } from './epoch-metrics.js';
import { parseCheckpointHeader } from './parse-checkpoint-header.js';

/** What a checkpoint says about its run, without any tensors. */
export interface TrainingCheckpointInfo {
  modality: 'image' | 'audio';
  architecture: string;
  /** Epochs completed. */
  epoch: number;
  seed: number;
  batchSize: number;
  history: EpochMetrics[];
  earlyStopping: EarlyStoppingState;
  /** True once early stopping ended the run. */
  finished: boolean;
}

/** Reads a checkpoint's progress (checksum verified) without loading its model; bad bytes throw InvalidInputError. */
export function inspectTrainingCheckpoint(bytes: Uint8Array): TrainingCheckpointInfo {
  const { header } = parseCheckpointHeader(bytes);
  const { progress, classifier } = header;
  return {
    modality: classifier.modality as 'image' | 'audio',
    architecture: classifier.architecture,
    epoch: progress.epoch,
    seed: progress.seed,
    batchSize: progress.batchSize,
    history: progress.history,
    earlyStopping: progress.earlyStopping,
    finished: progress.finished,
  };
}
