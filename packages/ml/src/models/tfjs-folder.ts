import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { CLASSIFIER_FORMAT_VERSION, packContainer, unpackContainer } from './classifier-container.js';

/** The files of a TensorFlow.js layers-model folder: `model.json` and its weight shard(s). */
export interface TfjsFolder {
  'model.json': string;
  [shard: string]: string | Uint8Array;
}

const SHARD = 'group1-shard1of1.bin';
const HEADER_FIELDS = ['modality', 'labels', 'architecture', 'preprocessing'] as const;

/**
 * A serialised classifier as a standard TensorFlow.js model folder that `tf.loadLayersModel`
 * (and face-api-style browser apps) load; Emolab's own metadata (modality, labels, preprocessing)
 * travels in `userDefinedMetadata.emolab` so the folder can be imported back losslessly.
 */
export function toTfjsFolder(bytes: Uint8Array): TfjsFolder {
  const { header, weights } = unpackContainer(bytes);
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'Emolab',
    convertedBy: null,
    modelTopology: header['modelTopology'],
    weightsManifest: [{ paths: [SHARD], weights: header['weightSpecs'] }],
    userDefinedMetadata: { emolab: Object.fromEntries(HEADER_FIELDS.map((f) => [f, header[f]])) },
  };
  return { 'model.json': JSON.stringify(modelJson), [SHARD]: new Uint8Array(weights) };
}

function parseModelJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new InvalidInputError('model.json is not valid JSON');
  }
}

/** Imports a TensorFlow.js model folder exported by toTfjsFolder back into serializeClassifier's format. */
export function fromTfjsFolder(files: Record<string, string | Uint8Array>): Uint8Array {
  const raw = files['model.json'];
  if (typeof raw !== 'string') throw new InvalidInputError('The folder has no model.json');
  const model = parseModelJson(raw);
  const emolab = (model['userDefinedMetadata'] as { emolab?: Record<string, unknown> } | undefined)?.emolab;
  if (!emolab)
    throw new InvalidInputError(
      'model.json has no userDefinedMetadata.emolab (modality, labels, preprocessing): only folders exported by Emolab can be imported',
    );
  const manifest = model['weightsManifest'] as { paths: string[]; weights: unknown[] }[] | undefined;
  if (!Array.isArray(manifest) || manifest.length === 0)
    throw new InvalidInputError('model.json has no weightsManifest');
  const shards = manifest
    .flatMap((group) => group.paths)
    .map((p) => {
      const shard = files[p];
      if (!(shard instanceof Uint8Array))
        throw new InvalidInputError(`Weight file ${p} named in model.json is missing`);
      return shard;
    });
  const weights = new Uint8Array(shards.reduce((n, s) => n + s.length, 0));
  let offset = 0;
  for (const shard of shards) {
    weights.set(shard, offset);
    offset += shard.length;
  }
  return packContainer(
    {
      formatVersion: CLASSIFIER_FORMAT_VERSION,
      ...Object.fromEntries(HEADER_FIELDS.map((f) => [f, emolab[f]])),
      modelTopology: model['modelTopology'],
      weightSpecs: manifest.flatMap((group) => group.weights),
      weightsByteLength: weights.byteLength,
    },
    weights,
  );
}
