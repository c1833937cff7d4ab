/** Thrown for anything a user sent that cannot be decoded or used; never worth retrying. */
export class InvalidInputError extends Error {
  readonly code = 'INVALID_INPUT' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidInputError';
  }
}
