'use server';

import { redirect } from 'next/navigation';
import { ApiError, describeApiError } from '@/lib/api/api-error';
import { readLaunchForm, validateLaunchForm, type LaunchField } from '@/lib/launch-form';
import { startTrainingRun } from '@/lib/mutations/start-training-run';

/** What the launch form shows after a refused submission. */
export interface LaunchState {
  errors: Partial<Record<LaunchField, string>>;
  message: string | null;
}

/** Validates the launch form again on the server, starts the run and opens its page. */
export async function launchTrainingRun(_previous: LaunchState, formData: FormData): Promise<LaunchState> {
  const validation = validateLaunchForm(readLaunchForm(formData));
  if (!validation.ok) return { errors: validation.errors, message: 'Fix the highlighted fields.' };
  let runId: string;
  try {
    runId = (await startTrainingRun(validation.input)).id;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'INTERNAL_SERVER_ERROR') console.error('startTrainingRun failed', error);
    return { errors: {}, message: describeApiError(error) };
  }
  redirect(`/runs/${encodeURIComponent(runId)}`);
}
