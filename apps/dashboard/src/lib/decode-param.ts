/** Route params arrive still percent-encoded; a malformed escape is kept as typed (and then not found). */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
