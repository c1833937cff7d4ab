import 'server-only';

const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/** The one place the dashboard reads EMOLAB_API_URL: the GraphQL endpoint of apps/api. */
export function graphqlEndpoint(): string {
  const base = process.env.EMOLAB_API_URL?.trim() || DEFAULT_API_URL;
  return `${base.replace(/\/+$/, '')}/graphql`;
}
