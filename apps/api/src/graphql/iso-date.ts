/** A field resolver that turns a required Date field into an ISO-8601 string. */
export const isoDate =
  <K extends string>(field: K) =>
  (parent: { [P in K]: Date }): string =>
    parent[field].toISOString();

/** The same for a Date field that may be null (not set yet). */
export const isoDateOrNull =
  <K extends string>(field: K) =>
  (parent: { [P in K]?: Date | null }): string | null =>
    parent[field]?.toISOString() ?? null;
