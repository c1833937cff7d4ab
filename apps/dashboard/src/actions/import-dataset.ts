'use server';

import { revalidatePath } from 'next/cache';
import { queryApi } from '@/lib/api/query-api';
import { isModality } from '@/lib/api/types';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

/** Import formats the API understands. */
const FORMATS = ['fer2013', 'tess', 'folders', 'unlabeled'] as const;

/** An import job's progress and report. */
export interface ImportJobState {
  id: string;
  status: 'UPLOADING' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  totalFiles: number;
  processedFiles: number;
  badFiles: number;
  duplicates: number;
  error: string | null;
  problems: { path: string; reason: string }[];
  conflicts: { blobHash: string; paths: string[]; labels: string[] }[];
  dataset: { id: string } | null;
  datasetVersion: { id: string; number: number } | null;
}

const JOB_FIELDS = 'id status totalFiles processedFiles badFiles duplicates error problems { path reason } conflicts { blobHash paths labels } dataset { id } datasetVersion { id number }';

/** Opens an import job for the browser to upload into. */
export async function createImport(input: { datasetName: string; modality: string; format: string }): Promise<ActionResult<{ id: string }>> {
  const datasetName = input.datasetName.trim();
  if (!datasetName) return { ok: false, error: 'Give the dataset a name.' };
  if (!isModality(input.modality)) return { ok: false, error: 'Pick a modality.' };
  if (!(FORMATS as readonly string[]).includes(input.format)) return { ok: false, error: 'Pick a format.' };
  return runAction(async () => {
    const query = `mutation CreateImport($input: CreateImportInput!) { createImport(input: $input) { id } }`;
    const data = await queryApi<{ createImport: { id: string } }>(query, { input: { datasetName, modality: input.modality, format: input.format } });
    return data.createImport;
  });
}

/** Queues the uploaded files for checking. */
export async function finishImport(id: string): Promise<ActionResult<ImportJobState>> {
  return runAction(async () => {
    const data = await queryApi<{ finishImport: ImportJobState }>(`mutation Finish($id: ID!) { finishImport(id: $id) { ${JOB_FIELDS} } }`, { id });
    return data.finishImport;
  });
}

/** The job's current state; refreshes /datasets once it has finished. */
export async function readImportJob(id: string): Promise<ActionResult<ImportJobState | null>> {
  return runAction(async () => {
    const data = await queryApi<{ importJob: ImportJobState | null }>(`query Job($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id });
    if (data.importJob?.status === 'SUCCEEDED') revalidatePath('/datasets');
    return data.importJob;
  });
}
