import { unpackContainer } from '../models/classifier-container.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { CHECKPOINT_KIND, CHECKPOINT_VERSION, type CheckpointHeader } from './training-checkpoint.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function problemsOf(header: Record<string, unknown>, weightBytes: number): string[] {
  const problems: string[] = [];
  const classifier = header['classifier'];
  const optimizer = header['optimizer'];
  const progress = header['progress'];
  if (!isObject(classifier)) problems.push('classifier');
  else {
    if (classifier['modality'] !== 'image' && classifier['modality'] !== 'audio') problems.push('classifier.modality');
    if (!Array.isArray(classifier['labels'])) problems.push('classifier.labels');
    if (typeof classifier['architecture'] !== 'string') problems.push('classifier.architecture');
    if (!isObject(classifier['preprocessing'])) problems.push('classifier.preprocessing');
    if (!isObject(classifier['modelTopology'])) problems.push('classifier.modelTopology');
    if (!Array.isArray(classifier['weightSpecs'])) problems.push('classifier.weightSpecs');
    const modelBytes = classifier['weightsByteLength'];
    if (!(typeof modelBytes === 'number' && modelBytes >= 0 && modelBytes <= weightBytes))
      problems.push('classifier.weightsByteLength');
  }
  if (!isObject(optimizer) || optimizer['kind'] !== 'adam') problems.push('optimizer');
  else {
    for (const key of ['beta1', 'beta2', 'epsilon', 'iterations', 'accBeta1', 'accBeta2', 'momentCount']) {
      if (typeof optimizer[key] !== 'number') problems.push(`optimizer.${key}`);
    }
  }
  if (!Array.isArray(header['stateSpecs'])) problems.push('stateSpecs');
  if (!isObject(progress)) problems.push('progress');
  else {
    if (!(Number.isInteger(progress['epoch']) && (progress['epoch'] as number) >= 0)) problems.push('progress.epoch');
    if (!Number.isInteger(progress['seed'])) problems.push('progress.seed');
    if (!Number.isInteger(progress['batchSize'])) problems.push('progress.batchSize');
    if (!Array.isArray(progress['history'])) problems.push('progress.history');
    if (!isObject(progress['earlyStopping'])) problems.push('progress.earlyStopping');
    if (!isObject(progress['settings'])) problems.push('progress.settings');
  }
  return problems;
}

/** Checks a checkpoint's container and header; anything unusable throws InvalidInputError. */
export function parseCheckpointHeader(bytes: Uint8Array): { header: CheckpointHeader; weights: ArrayBuffer } {
  let unpacked: { header: Record<string, unknown>; weights: ArrayBuffer };
  try {
    unpacked = unpackContainer(bytes);
  } catch (error) {
    throw new InvalidInputError(`Training checkpoint is unreadable: ${(error as Error).message}`, { cause: error });
  }
  const { header, weights } = unpacked;
  if (header['kind'] !== CHECKPOINT_KIND)
    throw new InvalidInputError('Not a training checkpoint (a serialized classifier, perhaps)');
  if (header['checkpointVersion'] !== CHECKPOINT_VERSION) {
    throw new InvalidInputError(
      `Unsupported training checkpoint version ${String(header['checkpointVersion'])} (this build reads ${CHECKPOINT_VERSION})`,
    );
  }
  const problems = problemsOf(header, weights.byteLength);
  if (problems.length > 0)
    throw new InvalidInputError(`Training checkpoint header has invalid fields: ${problems.join(', ')}`);
  return { header: header as unknown as CheckpointHeader, weights };
}
