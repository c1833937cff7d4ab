import type { ModelVersion, Viewer } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import { getModelWeights, importModelVersion } from '@emolab/core/services';
import { fromTfjsFolder, loadClassifier, toTfjsFolder } from '@emolab/ml/models';
import { InvalidInputError } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';

/** A file of an exported model folder. */
export interface ModelFile {
  name: string;
  base64: string;
}

/** A model version as the files of a TensorFlow.js model folder (model.json + weights). */
export async function exportModelVersion(input: { id: string }, deps: ApiDeps): Promise<ModelFile[]> {
  const folder = toTfjsFolder(await getModelWeights(input, deps));
  return Object.entries(folder).map(([name, content]) => ({ name, base64: Buffer.from(content).toString('base64') }));
}

/** Imports an exported folder: checks it loads as a working classifier, then registers it against a dataset. */
export async function importExportedModel(
  input: { datasetName: string; files: ModelFile[]; viewer: Viewer },
  deps: ApiDeps,
): Promise<ModelVersion> {
  const files = Object.fromEntries(
    input.files.map((f) => [
      f.name,
      f.name.endsWith('.json')
        ? Buffer.from(f.base64, 'base64').toString('utf8')
        : new Uint8Array(Buffer.from(f.base64, 'base64')),
    ]),
  );
  try {
    const weights = fromTfjsFolder(files);
    const classifier = await loadClassifier(weights);
    const { modality, architecture, preprocessing, labels } = classifier;
    classifier.dispose();
    return await importModelVersion(
      {
        datasetName: input.datasetName,
        modality: modality === 'image' ? 'IMAGE' : 'AUDIO',
        architecture,
        preprocessing,
        labels: [...labels],
        weights,
        viewer: input.viewer,
      },
      deps,
    );
  } catch (error) {
    throw error instanceof InvalidInputError ? new AppError('INVALID_INPUT', error.message, { cause: error }) : error;
  }
}
