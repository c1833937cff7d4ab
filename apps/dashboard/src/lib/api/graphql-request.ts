import 'server-only';
import type { TypedDocumentString } from '../../gql/graphql';
import { ApiError, toApiErrorCode } from './api-error';
import { graphqlEndpoint } from './api-url';

/** One GraphQL operation sent with an API key; the document carries its result and variable types. */
export type GraphqlRequestOptions<TResult, TVariables> = {
  document: TypedDocumentString<TResult, TVariables>;
  variables?: TVariables;
  apiKey: string;
};

type GraphqlResponse<T> = {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
};

/** POSTs one operation to the API and returns `data`, or throws ApiError. */
export async function graphqlRequest<TResult, TVariables>(
  options: GraphqlRequestOptions<TResult, TVariables>,
): Promise<TResult> {
  const response = await send(options.document.toString(), options.variables, options.apiKey);
  // Apollo answers some errors (e.g. UNAUTHENTICATED from the context) with a non-200 status
  // but still a GraphQL body, so the body decides, not the status.
  const body = await readBody<TResult>(response);
  const [first] = body.errors ?? [];
  if (first) {
    throw new ApiError(toApiErrorCode(first.extensions?.code), first.message ?? 'Unknown API error');
  }
  if (body.data == null) {
    throw new ApiError('BAD_RESPONSE', `API answered ${response.status} without data`);
  }
  return body.data;
}

async function send(query: string, variables: unknown, apiKey: string): Promise<Response> {
  try {
    return await fetch(graphqlEndpoint(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      cache: 'no-store',
    });
  } catch (cause) {
    throw new ApiError('UNREACHABLE', 'Could not reach the Emolab API', { cause });
  }
}

async function readBody<T>(response: Response): Promise<GraphqlResponse<T>> {
  try {
    return (await response.json()) as GraphqlResponse<T>;
  } catch (cause) {
    throw new ApiError('BAD_RESPONSE', `API answered ${response.status} with a non-JSON body`, { cause });
  }
}
