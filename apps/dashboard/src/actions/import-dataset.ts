'use server';

import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import type { CreateImportMutation, ImportJobFieldsFragment } from '@/gql/graphql';
import { isModality } from '@/lib/api/is-modality';
import { queryApi } from '@/lib/api/query-api';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

/** Import formats the API understands. */
const FORMATS = ['fer2013', 'tess', 'folders', 'unlabeled'] as const;

/** An import job's progress and report. */
export type ImportJobState = ImportJobFieldsFragment;

// Only codegen reads this: it adds the fragment's text to the operations below that spread it.
graphql(`
  fragment ImportJobFields on ImportJob {
    id status totalFiles processedFiles badFiles duplicates error problems { path reason } conflicts { blobHash paths labels }
    dataset { id } datasetVersion { id number }
  }
`);

const CREATE_IMPORT_MUTATION = graphql(
  `mutation CreateImport($input: CreateImportInput!) { createImport(input: $input) { id } }`,
);
const FINISH_IMPORT_MUTATION = graphql(
  `mutation FinishImport($id: ID!) { finishImport(id: $id) { ...ImportJobFields } }`,
);
const IMPORT_JOB_QUERY = graphql(`query ImportJob($id: ID!) { importJob(id: $id) { ...ImportJobFields } }`);

/** Opens an import job for the browser to upload into. */
export async function createImport(input: {
  datasetName: string;
  modality: string;
  format: string;
}): Promise<ActionResult<CreateImportMutation['createImport']>> {
  const datasetName = input.datasetName.trim();
  if (!datasetName) return { ok: false, error: 'Give the dataset a name.' };
  const { modality } = input;
  if (!isModality(modality)) return { ok: false, error: 'Pick a modality.' };
  if (!(FORMATS as readonly string[]).includes(input.format)) return { ok: false, error: 'Pick a format.' };
  return runAction(async () => {
    const data = await queryApi(CREATE_IMPORT_MUTATION, { input: { datasetName, modality, format: input.format } });
    return data.createImport;
  });
}

/** Queues the uploaded files for checking. */
export async function finishImport(id: string): Promise<ActionResult<ImportJobState>> {
  return runAction(async () => {
    const data = await queryApi(FINISH_IMPORT_MUTATION, { id });
    return data.finishImport;
  });
}

/** The job's current state; refreshes /datasets once it has finished. */
export async function readImportJob(id: string): Promise<ActionResult<ImportJobState | null>> {
  return runAction(async () => {
    const data = await queryApi(IMPORT_JOB_QUERY, { id });
    if (data.importJob?.status === 'SUCCEEDED') revalidatePath('/datasets');
    return data.importJob;
  });
}
