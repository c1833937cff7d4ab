import * as tf from '@tensorflow/tfjs';
import { LayersClassifier } from '../models/layers-classifier.js';
import type { Modality } from '../preprocess/modality.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { AdamScalars } from './adam-state.js';
import { parseCheckpointHeader } from './parse-checkpoint-header.js';
import type { CheckpointHeader, TrainingProgressState } from './training-checkpoint.js';

/** A checkpoint turned back into live objects; the caller owns (and must dispose) every tensor and the classifier. */
export interface RestoredCheckpoint {
  classifier: LayersClassifier;
  optimizer: { scalars: AdamScalars; moments: tf.Tensor[] };
  /** Best weights so far, in model.getWeights() order; empty when none were kept. */
  bestWeights: tf.Tensor[];
  progress: TrainingProgressState;
}

function decodeState(
  header: CheckpointHeader,
  weights: ArrayBuffer,
): { moments: tf.Tensor[]; bestWeights: tf.Tensor[] } {
  const stateBytes = weights.slice(header.classifier.weightsByteLength);
  let decoded: tf.NamedTensorMap;
  try {
    decoded = tf.io.decodeWeights(stateBytes, header.stateSpecs);
  } catch (error) {
    throw new InvalidInputError(`Training checkpoint has unusable optimizer state: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const pick = (prefix: string) =>
    Object.keys(decoded)
      .filter((name) => name.startsWith(prefix))
      .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
      .map((name) => decoded[name] as tf.Tensor);
  const moments = pick('moment/');
  const bestWeights = pick('best/');
  if (moments.length !== header.optimizer.momentCount) {
    tf.dispose(Object.values(decoded));
    throw new InvalidInputError(
      `Training checkpoint holds ${moments.length} optimizer moments; its header says ${header.optimizer.momentCount}`,
    );
  }
  return { moments, bestWeights };
}

async function loadModel(header: CheckpointHeader, weights: ArrayBuffer): Promise<tf.LayersModel> {
  const { modelTopology, weightSpecs, weightsByteLength } = header.classifier;
  try {
    return await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology, weightSpecs, weightData: weights.slice(0, weightsByteLength) }),
    );
  } catch (error) {
    throw new InvalidInputError(`Training checkpoint has an unusable model: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Restores model, optimizer state, best weights and progress from writeTrainingCheckpoint's bytes. Bad bytes throw InvalidInputError. */
export async function readTrainingCheckpoint(bytes: Uint8Array): Promise<RestoredCheckpoint> {
  const { header, weights } = parseCheckpointHeader(bytes);
  const model = await loadModel(header, weights);
  let classifier: LayersClassifier;
  try {
    const { modality, labels, architecture, preprocessing } = header.classifier;
    classifier = new LayersClassifier({ model, modality: modality as Modality, labels, architecture, preprocessing });
  } catch (error) {
    model.dispose();
    throw new InvalidInputError(`Training checkpoint is inconsistent: ${(error as Error).message}`, { cause: error });
  }
  try {
    const { moments, bestWeights } = decodeState(header, weights);
    const expected = model.getWeights().length;
    if (bestWeights.length !== 0 && bestWeights.length !== expected) {
      tf.dispose([...moments, ...bestWeights]);
      throw new InvalidInputError(
        `Training checkpoint holds ${bestWeights.length} best weights; the model has ${expected}`,
      );
    }
    return { classifier, optimizer: { scalars: header.optimizer, moments }, bestWeights, progress: header.progress };
  } catch (error) {
    classifier.dispose();
    throw error;
  }
}
