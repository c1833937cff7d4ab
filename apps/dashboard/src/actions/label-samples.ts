'use server';

import { revalidatePath } from 'next/cache';
import { queryApi } from '@/lib/api/query-api';
import type { Emotion } from '@/lib/api/types';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

/** Opens (or returns) the dataset's labeling draft. */
export async function openDraft(datasetId: string): Promise<ActionResult<{ id: string; number: number }>> {
  return runAction(async () => {
    const data = await queryApi<{ startLabeling: { id: string; number: number } }>(
      `mutation Start($id: ID!) { startLabeling(datasetId: $id) { id number } }`, { id: datasetId });
    revalidatePath(`/datasets/${datasetId}`);
    return data.startLabeling;
  });
}

/** Sets (or with null clears) the label of draft samples. */
export async function setLabels(options: { sampleIds: string[]; label: Emotion | null }): Promise<ActionResult<{ batchId: string; changed: number }>> {
  return runAction(async () => {
    const data = await queryApi<{ setLabels: { batchId: string; changed: number } }>(
      `mutation Set($ids: [ID!]!, $label: Emotion) { setLabels(sampleIds: $ids, label: $label) { batchId changed } }`,
      { ids: options.sampleIds, label: options.label });
    return data.setLabels;
  });
}

/** Undoes a batch of label changes, or this key's latest one. */
export async function undoLabels(batchId?: string): Promise<ActionResult<{ batchId: string; changed: number }>> {
  return runAction(async () => {
    const data = await queryApi<{ undoLabels: { batchId: string; changed: number } }>(
      `mutation Undo($batchId: ID) { undoLabels(batchId: $batchId) { batchId changed } }`, { batchId: batchId ?? null });
    return data.undoLabels;
  });
}

/** One recorded label change of a sample. */
export interface LabelChangeEntry {
  oldLabel: Emotion | null;
  newLabel: Emotion | null;
  changedById: string | null;
  createdAt: string;
  undone: boolean;
}

/** A sample's label changes, as the API orders them. */
export async function loadLabelHistory(sampleId: string): Promise<ActionResult<LabelChangeEntry[]>> {
  return runAction(async () => {
    const data = await queryApi<{ labelHistory: LabelChangeEntry[] }>(
      `query H($id: ID!) { labelHistory(sampleId: $id) { oldLabel newLabel changedById createdAt undone } }`, { id: sampleId });
    return data.labelHistory;
  });
}

/** Freezes the draft into a version. */
export async function commitDraft(options: { datasetId: string; versionId: string; note: string }): Promise<ActionResult<{ id: string; number: number }>> {
  return runAction(async () => {
    const data = await queryApi<{ commitDatasetVersion: { id: string; number: number } }>(
      `mutation Commit($id: ID!, $note: String) { commitDatasetVersion(id: $id, note: $note) { id number } }`,
      { id: options.versionId, note: options.note.trim() || null });
    revalidatePath(`/datasets/${options.datasetId}`);
    revalidatePath('/datasets');
    return data.commitDatasetVersion;
  });
}

/** Options of a re-split of the draft. */
export interface ResplitOptions {
  datasetId: string;
  versionId: string;
  strategy: 'STRATIFIED' | 'BY_SPEAKER' | 'BY_WORD';
  seed: number;
  testFraction: number;
  validationFraction: number;
}

/** Reassigns the draft's splits. */
export async function resplitDraft(options: ResplitOptions): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const { datasetId, versionId, ...rest } = options;
    const data = await queryApi<{ resplitDatasetVersion: { id: string } }>(
      `mutation Resplit($id: ID!, $strategy: SplitStrategy!, $seed: Int, $testFraction: Float, $validationFraction: Float) {
        resplitDatasetVersion(id: $id, strategy: $strategy, seed: $seed, testFraction: $testFraction, validationFraction: $validationFraction) { id } }`,
      { id: versionId, ...rest });
    revalidatePath(`/datasets/${datasetId}`);
    return data.resplitDatasetVersion;
  });
}
