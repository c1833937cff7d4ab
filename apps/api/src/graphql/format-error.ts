import { unwrapResolverError } from '@apollo/server/errors';
import { isAppError, type AppErrorCode } from '@emolab/core/errors';
import type { GraphQLFormattedError } from 'graphql';

const GRAPHQL_CODES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  NO_FACE: 'NO_FACE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

// Field, argument, type and enum value suggestions: `Did you mean "health"?`, `Did you mean the enum value "IMAGE"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The one place that decides what clients see of an error: AppErrors keep their message, the rest become INTERNAL. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isAppError(original)) {
    return { ...formatted, message: original.message, extensions: { code: GRAPHQL_CODES[original.code] } };
  }
  const code = formatted.extensions?.code;
  // Apollo's own request errors (validation, parse, bad variables, the query limits) are the client's
  // to fix: pass them through, less graphql-js's "Did you mean" hints, which would map the schema for
  // a prober even with introspection off.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message.replace(SUGGESTION, ''), locations: formatted.locations, extensions: { code } };
  }
  console.error('[api] internal error:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
