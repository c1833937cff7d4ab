/** A field resolver that turns a Date field into an ISO-8601 string (or null). */
export const isoDate =
  <K extends string>(field: K) =>
  (parent: { [P in K]?: Date | null }): string | null =>
    parent[field]?.toISOString() ?? null;
