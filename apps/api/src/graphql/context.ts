import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@emolab/core/domain';
import type { ApiDeps } from '../deps.js';

/** Per-request context: deps and the viewer, which rejects with UNAUTHENTICATED for anonymous requests. */
export interface ApiContext {
  deps: ApiDeps;
  viewer(): Promise<Viewer>;
}

/** The Bearer token of a request, if any. */
export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Builds the context around the key check the HTTP handler already started (it needs the answer
 * to pick the body limit), so the key is checked once per request.
 */
export function createContext(options: { viewer: Promise<Viewer>; deps: ApiDeps }): ApiContext {
  const { viewer, deps } = options;
  return { deps, viewer: () => viewer };
}
