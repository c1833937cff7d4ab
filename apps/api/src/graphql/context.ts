import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@emolab/core/domain';
import { authenticateApiKey } from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';

/** Per-request context: deps and the viewer, resolved only when a resolver needs it. */
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

/** Builds the context; the key is checked at most once per request. */
export function createContext(request: IncomingMessage, deps: ApiDeps): ApiContext {
  let viewer: Promise<Viewer> | undefined;
  return {
    deps,
    viewer: () => (viewer ??= authenticateApiKey({ key: bearerToken(request) }, deps)),
  };
}
