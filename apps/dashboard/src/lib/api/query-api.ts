import 'server-only';
import { redirect } from 'next/navigation';
import type { TypedDocumentString } from '../../gql/graphql';
import { requireApiKey } from '../session';
import { ApiError } from './api-error';
import { graphqlRequest } from './graphql-request';

/**
 * Runs a GraphQL operation as the signed-in user; its result and variable types come from the
 * generated document. Redirects to /login when there is no key or the API no longer accepts it;
 * throws ApiError for every other failure.
 */
export async function queryApi<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const apiKey = await requireApiKey();
  try {
    return await graphqlRequest({ document, variables, apiKey });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') redirect('/login?expired=1');
    throw error;
  }
}
