import * as tf from '@tensorflow/tfjs';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { Modality } from '../preprocess/modality.js';
import { unpackContainer } from './classifier-container.js';
import type { Classifier } from './classifier.js';
import { LayersClassifier } from './layers-classifier.js';

/** The header a saved classifier (and a training checkpoint's model) is stored with, in front of its weights. */
export interface ClassifierHeader {
  modality: Modality;
  labels: string[];
  architecture: string;
  preprocessing: Record<string, unknown>;
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightsByteLength: number;
}

function validateHeader(header: Record<string, unknown>, weightBytes: number): ClassifierHeader {
  const problems: string[] = [];
  if (header['modality'] !== 'image' && header['modality'] !== 'audio') problems.push('modality');
  const labels = header['labels'];
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === 'string'))
    problems.push('labels');
  if (typeof header['architecture'] !== 'string') problems.push('architecture');
  const preprocessing = header['preprocessing'];
  if (typeof preprocessing !== 'object' || preprocessing === null || Array.isArray(preprocessing))
    problems.push('preprocessing');
  if (typeof header['modelTopology'] !== 'object' || header['modelTopology'] === null) problems.push('modelTopology');
  if (!Array.isArray(header['weightSpecs'])) problems.push('weightSpecs');
  if (header['weightsByteLength'] !== weightBytes) problems.push('weightsByteLength');
  if (problems.length > 0) {
    throw new InvalidInputError(`Serialized classifier header has invalid fields: ${problems.join(', ')}`);
  }
  return header as unknown as ClassifierHeader;
}

/** Restores a classifier from serializeClassifier's bytes (call initBackend first). Bad bytes throw InvalidInputError. */
export async function loadClassifier(bytes: Uint8Array): Promise<Classifier> {
  const { header, weights } = unpackContainer(bytes);
  const valid = validateHeader(header, weights.byteLength);
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: valid.modelTopology, weightSpecs: valid.weightSpecs, weightData: weights }),
    );
  } catch (error) {
    throw new InvalidInputError(`Serialized classifier has an unusable model: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return new LayersClassifier({
      model,
      modality: valid.modality,
      labels: valid.labels,
      architecture: valid.architecture,
      preprocessing: valid.preprocessing,
    });
  } catch (error) {
    model.dispose();
    throw new InvalidInputError(`Serialized classifier is inconsistent: ${(error as Error).message}`, { cause: error });
  }
}
