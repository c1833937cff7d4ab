import type { ImportFormat, ImportJob, Modality } from '@emolab/core/domain';
import { openDatasetSource } from '../dataset-source.js';
import { importTarget } from '../import-target.js';
import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';
import { listDatasetFiles } from '../local-files.js';
import { createProgressBar } from '../progress-bar.js';

export interface ImportOptions {
  format: string;
  modality?: string;
  name: string;
  dir: string;
  json: boolean;
  batchSize?: number;
  resume?: string;
}

const IMPORT_FIELDS =
  'id status datasetName totalFiles processedFiles badFiles duplicates error problems { path reason } conflicts { blobHash paths labels } dataset { id sampleCount } datasetVersion { id number sampleCount }';

type ImportState = Omit<ImportJob, 'datasetId' | 'datasetVersionId' | 'createdAt' | 'modality' | 'format'> & {
  dataset: { id: string; sampleCount: number } | null;
  datasetVersion: { id: string; number: number; sampleCount: number } | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `emolab import`: checks the folder, streams its files to the API in batches, then follows the import job. */
export async function importCommand(options: ImportOptions, api: ApiClient): Promise<Record<string, unknown>> {
  const { format, modality } = importTarget(options);
  const source = await openDatasetSource(options.dir);
  try {
    return await importFiles({ ...options, format, modality, dir: source.dir }, api);
  } finally {
    await source.cleanup();
  }
}

async function importFiles(
  options: ImportOptions & { format: ImportFormat; modality: Modality },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const { format, modality } = options;
  const files = await listDatasetFiles({ dir: options.dir, format, modality });
  const importId =
    options.resume ??
    (
      await api.graphql<{ createImport: { id: string } }>(
        'mutation($input: CreateImportInput!) { createImport(input: $input) { id } }',
        { input: { datasetName: options.name, modality, format } },
      )
    ).createImport.id;
  if (!options.json && !options.resume)
    process.stderr.write(`import ${importId} (if the upload is interrupted, rerun with --resume ${importId})\n`);
  // An interrupted upload resumes: files the server already holds are not sent again.
  const already = options.resume
    ? new Set(
        (
          await api.graphql<{ importJob: { status: string; uploadedPaths: string[] } | null }>(
            'query($id: ID!) { importJob(id: $id) { status uploadedPaths } }',
            { id: importId },
          )
        ).importJob?.uploadedPaths ?? [],
      )
    : new Set<string>();
  const pending = files.filter((f) => !already.has(f.relativePath));
  if (!options.json && options.resume)
    process.stderr.write(
      `resuming import ${importId}: ${already.size} files already uploaded, ${pending.length} to go\n`,
    );
  const uploadBar = createProgressBar('upload', { enabled: !options.json });
  const rejected: { path: string; reason: string }[] = [];
  const batchSize = options.batchSize ?? 256;
  const started = Date.now();
  let next = 0;
  let done = 0;
  // Two requests in flight: the server stores one batch while the next one is on the wire.
  const sender = async () => {
    while (next < pending.length) {
      const batch = pending.slice(next, next + batchSize);
      next += batch.length;
      const result = await api.upload(importId, batch);
      rejected.push(...result.rejected);
      done += batch.length;
      uploadBar.update(
        done + already.size,
        files.length,
        `files ${(done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0)}/s`,
      );
    }
  };
  await Promise.all([sender(), sender()]);
  uploadBar.done();
  await api.graphql('mutation($id: ID!) { finishImport(id: $id) { id } }', { id: importId });

  const checkBar = createProgressBar('check ', { enabled: !options.json });
  const checkStarted = Date.now();
  let state: ImportState;
  for (;;) {
    ({ importJob: state } = await api.graphql<{ importJob: ImportState }>(
      `query($id: ID!) { importJob(id: $id) { ${IMPORT_FIELDS} } }`,
      { id: importId },
    ));
    const rate = state.processedFiles / Math.max(0.001, (Date.now() - checkStarted) / 1000);
    checkBar.update(
      state.processedFiles,
      state.totalFiles,
      `files ${rate.toFixed(0)}/s${state.badFiles ? ` (${state.badFiles} bad)` : ''}`,
    );
    if (state.status === 'SUCCEEDED' || state.status === 'FAILED') break;
    await sleep(500);
  }
  checkBar.done(state.status.toLowerCase());
  const problems = [...rejected, ...state.problems];
  const summary = {
    importJobId: state.id,
    status: state.status,
    datasetName: state.datasetName,
    datasetId: state.dataset?.id ?? null,
    datasetVersionId: state.datasetVersion?.id ?? null,
    versionNumber: state.datasetVersion?.number ?? null,
    sampleCount: state.datasetVersion?.sampleCount ?? 0,
    totalFiles: files.length,
    badFiles: problems.length,
    problems,
    duplicates: state.duplicates,
    conflicts: state.conflicts,
    error: state.error,
  };
  if (state.status === 'FAILED')
    throw new CliError(
      `Import failed: ${state.error ?? 'unknown error'}${
        problems.length
          ? `\n${problems
              .slice(0, 10)
              .map((p) => `  ${p.path}: ${p.reason}`)
              .join('\n')}`
          : ''
      }`,
      'IMPORT_FAILED',
    );
  if (!options.json) {
    console.log(
      `Imported ${files.length - problems.length} of ${files.length} files into ${state.datasetName} v${summary.versionNumber} (${summary.sampleCount} samples).`,
    );
    if (state.duplicates)
      console.log(
        `${state.duplicates} byte-identical duplicates stored once; ${state.conflicts.length} of them with conflicting labels (flagged for review).`,
      );
    for (const p of problems.slice(0, 20)) console.log(`  skipped ${p.path}: ${p.reason}`);
    if (problems.length > 20) console.log(`  ... and ${problems.length - 20} more (use --json for all)`);
  }
  return summary;
}
