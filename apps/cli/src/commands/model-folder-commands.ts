import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';

/** `emolab export MODEL_ID DIR`: writes the model as a TensorFlow.js model folder (model.json + weights). */
export async function exportCommand(
  options: { id: string; dir: string; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const { exportModelVersion: files } = await api.graphql<{ exportModelVersion: { name: string; base64: string }[] }>(
    'query($id: ID!) { exportModelVersion(id: $id) { name base64 } }',
    { id: options.id },
  );
  await mkdir(options.dir, { recursive: true });
  for (const file of files)
    await writeFile(path.join(options.dir, path.basename(file.name)), Buffer.from(file.base64, 'base64'));
  if (!options.json) console.log(`Wrote ${files.map((f) => f.name).join(', ')} to ${options.dir}`);
  return { modelVersionId: options.id, dir: path.resolve(options.dir), files: files.map((f) => f.name) };
}

/** `emolab import-model DIR --dataset NAME`: registers an exported model folder. */
export async function importModelCommand(
  options: { dir: string; dataset: string; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const names = await readdir(options.dir).catch(() => {
    throw new CliError(`${options.dir} is not a folder`);
  });
  if (!names.includes('model.json'))
    throw new CliError(`${options.dir} has no model.json: export one with \`emolab export MODEL_ID DIR\``);
  const files = await Promise.all(
    names
      .filter((n) => n === 'model.json' || n.endsWith('.bin'))
      .map(async (name) => ({ name, base64: (await readFile(path.join(options.dir, name))).toString('base64') })),
  );
  const { importModelVersion: model } = await api.graphql<{ importModelVersion: { id: string; modality: string } }>(
    'mutation($d: String!, $f: [ModelFileInput!]!) { importModelVersion(datasetName: $d, files: $f) { id modality } }',
    { d: options.dataset, f: files },
  );
  if (!options.json) console.log(`Imported ${options.dir} as model version ${model.id} (${model.modality})`);
  return { modelVersionId: model.id, modality: model.modality };
}
