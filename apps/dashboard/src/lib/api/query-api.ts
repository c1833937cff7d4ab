import 'server-only';
import { redirect } from 'next/navigation';
import { requireApiKey } from '../session';
import { ApiError } from './api-error';
import { graphqlRequest } from './graphql-request';

/**
 * Runs a GraphQL operation as the signed-in user. Redirects to /login when there is no key
 * or the API no longer accepts it; throws ApiError for every other failure.
 */
export async function queryApi<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const apiKey = await requireApiKey();
  try {
    return await graphqlRequest<T>({ query, variables, apiKey });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') redirect('/login?expired=1');
    throw error;
  }
}
