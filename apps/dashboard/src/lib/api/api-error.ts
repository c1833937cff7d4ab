/** Codes the API puts in `errors[].extensions.code`, plus two for transport failures. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'NO_FACE'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'UNREACHABLE'
  | 'BAD_RESPONSE';

const KNOWN_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'NO_FACE',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
];

/** A failed GraphQL call, with the first error's code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps an `extensions.code` value to an ApiErrorCode; unknown codes count as internal. */
export function toApiErrorCode(code: unknown): ApiErrorCode {
  // Apollo reports schema validation failures as GRAPHQL_VALIDATION_FAILED etc.; treat them as bugs.
  return typeof code === 'string' && KNOWN_CODES.includes(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** A sentence a person can act on, for showing in the UI. */
export function describeApiError(error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return `The API rejected the input: ${error.message}`;
    case 'NOT_FOUND':
      return `Not found: ${error.message}`;
    case 'NO_FACE':
      return 'No face was found in the image.';
    case 'CONFLICT':
      return error.message;
    case 'FORBIDDEN':
      return 'Your API key is not allowed to do this.';
    case 'UNAUTHENTICATED':
      return 'That API key was not accepted';
    case 'UNREACHABLE':
      return 'Could not reach the Emolab API. Check that it is running and try again.';
    default:
      return 'The Emolab API failed to handle the request. Try again later.';
  }
}

/** True when the API refused an image because it found no face in it (code NO_FACE). */
export function isNoFaceError(error: ApiError): boolean {
  // Until the API reports NO_FACE as its own code it may arrive as a BAD_USER_INPUT whose message names it.
  return error.code === 'NO_FACE' || (error.code === 'BAD_USER_INPUT' && /\bNO_FACE\b/.test(error.message));
}
