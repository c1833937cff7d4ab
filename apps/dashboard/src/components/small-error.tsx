/** A short error under a small form or button, announced to screen readers; nothing when there is none. */
export function SmallError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error small" role="alert">
      {message}
    </p>
  ) : null;
}
