import 'server-only';
import { ApiError, describeApiError } from '../api/api-error';
import type { ActionResult } from './sample-types';

/** Runs an API call for a server action, turning ApiError into a sentence the UI can show. */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // Other errors (redirects to /login among them) must keep propagating.
    if (!(error instanceof ApiError)) throw error;
    return { ok: false, error: describeApiError(error) };
  }
}
