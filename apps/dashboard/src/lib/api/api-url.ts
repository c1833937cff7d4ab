import 'server-only';

const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/** The one place the dashboard reads EMOLAB_API_URL: the base URL of apps/api. */
function apiBaseUrl(): string {
  const base = process.env.EMOLAB_API_URL?.trim() || DEFAULT_API_URL;
  return base.replace(/\/+$/, '');
}

/** The GraphQL endpoint of apps/api. */
export function graphqlEndpoint(): string {
  return `${apiBaseUrl()}/graphql`;
}

/** An HTTP route of apps/api beside GraphQL, e.g. `/runs/abc/events`. */
export function apiRouteUrl(path: string): string {
  return `${apiBaseUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
