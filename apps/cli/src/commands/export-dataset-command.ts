import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';
import { createProgressBar } from '../progress-bar.js';

type Page = {
  items: { id: string; label: string | null; split: string; originalName: string; contentPath: string }[];
  nextCursor: string | null;
  totalCount: number;
};
const SPLIT_FOLDERS: Record<string, string> = {
  TRAIN: 'train',
  VALIDATION: 'val',
  TEST: 'test',
  UNASSIGNED: 'unassigned',
};

/** `emolab export-dataset VERSION_ID DIR`: a version back in the folder layout (split/label/file), or a .zip of it. */
export async function exportDatasetCommand(
  options: { versionId: string; target: string; json: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const zip = options.target.toLowerCase().endsWith('.zip') ? new AdmZip() : null;
  const bar = createProgressBar('export', { enabled: !options.json });
  let after: string | null = null;
  let written = 0;
  do {
    const data: { datasetVersion: { samples: Page } | null } = await api.graphql(
      'query($id: ID!, $a: String) { datasetVersion(id: $id) { samples(first: 500, after: $a) { items { id label split originalName contentPath } nextCursor totalCount } } }',
      { id: options.versionId, a: after },
    );
    if (!data.datasetVersion) throw new CliError(`Dataset version ${options.versionId} not found`, 'NOT_FOUND');
    const page = data.datasetVersion.samples;
    for (const sample of page.items) {
      const relative = path.posix.join(
        SPLIT_FOLDERS[sample.split] ?? 'unassigned',
        (sample.label ?? 'unlabeled').toLowerCase(),
        `${sample.id}-${path.posix.basename(sample.originalName)}`,
      );
      const bytes = await api.download(sample.contentPath);
      if (zip) zip.addFile(relative, bytes);
      else {
        await mkdir(path.join(options.target, path.dirname(relative)), { recursive: true });
        await writeFile(path.join(options.target, relative), bytes);
      }
      written += 1;
    }
    bar.update(written, page.totalCount, 'files');
    after = page.nextCursor;
  } while (after);
  if (zip) zip.writeZip(options.target);
  bar.done();
  if (!options.json) console.log(`Wrote ${written} files to ${options.target}`);
  return { versionId: options.versionId, files: written, target: path.resolve(options.target) };
}
