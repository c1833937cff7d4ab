import 'server-only';
import { queryApi } from '../api/query-api';
import type { Role } from '../api/types';

/** The API key making the request, as the API sees it. */
export interface Viewer {
  name: string;
  role: Role;
}

/** Selection shared with sign-in, which runs it with a key that is not stored yet. */
export const VIEWER_QUERY = /* GraphQL */ `
  query Viewer {
    viewer { name role }
  }
`;

/** Returns the signed-in viewer (redirects to /login when signed out). */
export async function getViewer(): Promise<Viewer> {
  const data = await queryApi<{ viewer: Viewer }>(VIEWER_QUERY);
  return data.viewer;
}
