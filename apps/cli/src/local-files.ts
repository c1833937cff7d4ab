import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  hasMediaExtension,
  placeSample,
  type ImportFormat,
  type Modality,
  type SamplePlacement,
} from '@emolab/core/domain';
import { CliError } from './cli-error.js';

/** A media file found under a local folder, with where it belongs. */
export interface LocalFile {
  absolutePath: string;
  relativePath: string;
  placement: SamplePlacement;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Lists the labeled media files of a dataset folder. Refuses, with a message naming them, folders
 * whose names are not emotions, and folders without any media file.
 */
export async function listDatasetFiles(options: {
  dir: string;
  format: ImportFormat;
  modality: Modality;
}): Promise<LocalFile[]> {
  const root = path.resolve(options.dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new CliError(`${options.dir} is not a folder`);
  const files: LocalFile[] = [];
  const problems = new Map<string, number>();
  for await (const absolutePath of walk(root)) {
    const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
    if (!hasMediaExtension(options.modality, relativePath)) continue;
    const placement = placeSample(options.format, relativePath);
    if (typeof placement === 'string') problems.set(placement, (problems.get(placement) ?? 0) + 1);
    else files.push({ absolutePath, relativePath, placement });
  }
  if (problems.size > 0) {
    const lines = [...problems]
      .slice(0, 10)
      .map(([reason, count]) => `  ${reason} (${count} file${count > 1 ? 's' : ''})`);
    const layouts: Record<ImportFormat, string> = {
      fer2013: 'train|val|test/<emotion>/<image>',
      tess: '<speaker>_<emotion>/<speaker>_<word>_<emotion>.wav',
      folders: '<emotion>/<file>',
      unlabeled: 'any files',
    };
    const layout = layouts[options.format];
    throw new CliError(
      `${options.dir} does not follow the ${options.format} layout (${layout}):\n${lines.join('\n')}\nEmotions: angry, disgust, fear, happy, neutral, sad, surprise (and common synonyms).`,
      'BAD_LAYOUT',
    );
  }
  if (files.length === 0) {
    throw new CliError(
      `${options.dir} holds no ${options.modality === 'IMAGE' ? 'image' : 'audio'} files in the ${options.format} layout`,
      'EMPTY',
    );
  }
  return files;
}
