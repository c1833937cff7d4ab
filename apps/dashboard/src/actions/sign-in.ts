'use server';

import { redirect } from 'next/navigation';
import { ApiError, describeApiError } from '@/lib/api/api-error';
import { graphqlRequest } from '@/lib/api/graphql-request';
import { VIEWER_QUERY } from '@/lib/queries/get-viewer';
import { saveApiKey } from '@/lib/session';

/** What the login form shows after a failed attempt. */
export interface SignInState {
  error: string | null;
}

/** Checks the key against the API's `viewer` query, stores it and opens /datasets. */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const apiKey = String(formData.get('apiKey') ?? '').trim();
  if (!apiKey) return { error: 'Enter an API key' };

  try {
    await graphqlRequest({ document: VIEWER_QUERY, apiKey });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code !== 'UNAUTHENTICATED') console.error('sign-in failed', error);
    return { error: describeApiError(error) };
  }

  await saveApiKey(apiKey);
  redirect('/datasets');
}
