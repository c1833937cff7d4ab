/** What kind of failure this is; the API maps each to a GraphQL error code. */
/** NO_FACE: an image prediction found no face to read (clients show "no face in view", not an error). */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'NO_FACE'
  | 'INTERNAL';

/** The one error type services throw; callers branch on `code`. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is an AppError (also across duplicated module copies). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error);
}
