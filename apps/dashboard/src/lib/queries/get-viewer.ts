import 'server-only';
import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** The API key making the request, as the API sees it. */
export type Viewer = ViewerQuery['viewer'];

/** Selection shared with sign-in, which runs it with a key that is not stored yet. */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer { name role }
  }
`);

/** Returns the signed-in viewer (redirects to /login when signed out). */
export async function getViewer(): Promise<Viewer> {
  const data = await queryApi(VIEWER_QUERY);
  return data.viewer;
}
