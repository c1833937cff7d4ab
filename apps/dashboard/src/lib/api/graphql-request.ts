import 'server-only';
import { ApiError, toApiErrorCode } from './api-error';
import { graphqlEndpoint } from './api-url';

/** One GraphQL operation sent with an API key. */
export interface GraphqlRequestOptions {
  query: string;
  variables?: Record<string, unknown>;
  apiKey: string;
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

/** POSTs one operation to the API and returns `data`, or throws ApiError. */
export async function graphqlRequest<T>({ query, variables, apiKey }: GraphqlRequestOptions): Promise<T> {
  const response = await send({ query, variables, apiKey });
  // Apollo answers some errors (e.g. UNAUTHENTICATED from the context) with a non-200 status
  // but still a GraphQL body, so the body decides, not the status.
  const body = await readBody<T>(response);
  const [first] = body.errors ?? [];
  if (first) {
    throw new ApiError(toApiErrorCode(first.extensions?.code), first.message ?? 'Unknown API error');
  }
  if (body.data == null) {
    throw new ApiError('BAD_RESPONSE', `API answered ${response.status} without data`);
  }
  return body.data;
}

async function send({ query, variables, apiKey }: GraphqlRequestOptions): Promise<Response> {
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
