import { parseCheckpointHeader } from './parse-checkpoint-header.js';
import type { TrainingProgressState } from './training-checkpoint.js';

/** What a checkpoint says about its run, without any tensors: its progress (epochs completed, seed, history, early stopping) and model kind. */
export type TrainingCheckpointInfo = Pick<
  TrainingProgressState,
  'epoch' | 'seed' | 'batchSize' | 'history' | 'earlyStopping' | 'finished'
> & {
  modality: 'image' | 'audio';
  architecture: string;
};

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
