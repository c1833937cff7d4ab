'use server';

import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import type {
  CommitDatasetVersionMutation,
  Emotion,
  LabelHistoryQuery,
  ResplitDatasetVersionMutation,
  ResplitDatasetVersionMutationVariables,
  SetLabelsMutation,
  StartLabelingMutation,
  UndoLabelsMutation,
} from '@/gql/graphql';
import { queryApi } from '@/lib/api/query-api';
import { runAction } from '@/lib/datasets/run-action';
import type { ActionResult } from '@/lib/datasets/sample-types';

const START_LABELING_MUTATION = graphql(
  `mutation StartLabeling($id: ID!) { startLabeling(datasetId: $id) { id number } }`,
);
const SET_LABELS_MUTATION = graphql(`
  mutation SetLabels($ids: [ID!]!, $label: Emotion) { setLabels(sampleIds: $ids, label: $label) { batchId changed } }
`);
const UNDO_LABELS_MUTATION = graphql(
  `mutation UndoLabels($batchId: ID) { undoLabels(batchId: $batchId) { batchId changed } }`,
);
const LABEL_HISTORY_QUERY = graphql(`
  query LabelHistory($id: ID!) { labelHistory(sampleId: $id) { id oldLabel newLabel changedById createdAt undone } }
`);
const COMMIT_MUTATION = graphql(`
  mutation CommitDatasetVersion($id: ID!, $note: String) { commitDatasetVersion(id: $id, note: $note) { id number } }
`);
const RESPLIT_MUTATION = graphql(`
  mutation ResplitDatasetVersion($id: ID!, $strategy: SplitStrategy!, $seed: Int, $testFraction: Float, $validationFraction: Float) {
    resplitDatasetVersion(id: $id, strategy: $strategy, seed: $seed, testFraction: $testFraction, validationFraction: $validationFraction) { id }
  }
`);

/** Opens (or returns) the dataset's labeling draft. */
export async function openDraft(datasetId: string): Promise<ActionResult<StartLabelingMutation['startLabeling']>> {
  return runAction(async () => {
    const data = await queryApi(START_LABELING_MUTATION, { id: datasetId });
    revalidatePath(`/datasets/${datasetId}`);
    return data.startLabeling;
  });
}

/** Sets (or with null clears) the label of draft samples. */
export async function setLabels(options: {
  sampleIds: string[];
  label: Emotion | null;
}): Promise<ActionResult<SetLabelsMutation['setLabels']>> {
  return runAction(async () => {
    const data = await queryApi(SET_LABELS_MUTATION, { ids: options.sampleIds, label: options.label });
    return data.setLabels;
  });
}

/** Undoes a batch of label changes, or this key's latest one. */
export async function undoLabels(batchId?: string): Promise<ActionResult<UndoLabelsMutation['undoLabels']>> {
  return runAction(async () => {
    const data = await queryApi(UNDO_LABELS_MUTATION, { batchId: batchId ?? null });
    return data.undoLabels;
  });
}

/** One recorded label change of a sample. */
export type LabelChangeEntry = LabelHistoryQuery['labelHistory'][number];

/** A sample's label changes, as the API orders them. */
export async function loadLabelHistory(sampleId: string): Promise<ActionResult<LabelChangeEntry[]>> {
  return runAction(async () => {
    const data = await queryApi(LABEL_HISTORY_QUERY, { id: sampleId });
    return data.labelHistory;
  });
}

/** Freezes the draft into a version. */
export async function commitDraft(options: {
  datasetId: string;
  versionId: string;
  note: string;
}): Promise<ActionResult<CommitDatasetVersionMutation['commitDatasetVersion']>> {
  return runAction(async () => {
    const data = await queryApi(COMMIT_MUTATION, { id: options.versionId, note: options.note.trim() || null });
    revalidatePath(`/datasets/${options.datasetId}`);
    revalidatePath('/datasets');
    return data.commitDatasetVersion;
  });
}

/** Options of a re-split of the draft: the mutation's arguments, naming the draft by `versionId`. */
export type ResplitOptions = { datasetId: string; versionId: string } & Omit<
  ResplitDatasetVersionMutationVariables,
  'id'
>;

/** Reassigns the draft's splits. */
export async function resplitDraft(
  options: ResplitOptions,
): Promise<ActionResult<ResplitDatasetVersionMutation['resplitDatasetVersion']>> {
  return runAction(async () => {
    const { datasetId, versionId, ...rest } = options;
    const data = await queryApi(RESPLIT_MUTATION, { id: versionId, ...rest });
    revalidatePath(`/datasets/${datasetId}`);
    return data.resplitDatasetVersion;
  });
}
