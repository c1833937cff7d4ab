'use server';

import { revalidatePath } from 'next/cache';
import { ApiError, describeApiError } from '@/lib/api/api-error';
import { changeTrainingRun, type RunChange } from '@/lib/mutations/change-training-run';

/** Result of a cancel or retry button. */
export interface ChangeRunState {
  error: string | null;
}

/** Cancels or retries the run named by the form's `runId` and `change` fields. */
export async function changeRun(_previous: ChangeRunState, formData: FormData): Promise<ChangeRunState> {
  const id = String(formData.get('runId') ?? '');
  const change = formData.get('change');
  if (!id || (change !== 'cancel' && change !== 'retry')) return { error: 'Unknown run or action.' };
  try {
    await changeTrainingRun({ id, change: change satisfies RunChange });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { error: describeApiError(error) };
  }
  revalidatePath('/runs');
  revalidatePath(`/runs/${encodeURIComponent(id)}`);
  return { error: null };
}
