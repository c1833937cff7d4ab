import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import type { ApiDeps } from '../deps.js';
import type { ApiContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { queryLimits } from '../graphql/query-limits.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { handleUpload, sendError } from '../uploads/handle-upload.js';
import { handleGraphql } from './handle-graphql.js';
import { serveSampleContent } from './serve-sample-content.js';
import { streamRunEvents } from './stream-run-events.js';

const typeDefs = readFileSync(new URL('../../src/graphql/schema.graphql', import.meta.url), 'utf8');

/** The API's HTTP server: GraphQL at /graphql and streaming uploads at /uploads/:importId. */
export async function createHttpServer(deps: ApiDeps): Promise<{ server: http.Server; stop(): Promise<void> }> {
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    formatError,
    introspection: true,
    ...queryLimits(),
    stopOnTerminationSignals: false, // main.ts owns shutdown; two signal handlers deadlock stop()
  });
  await apollo.start();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const upload = /^\/uploads\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname);
    const runEvents = /^\/runs\/([A-Za-z0-9_-]+)\/events\/?$/.exec(url.pathname);
    const sampleContent = /^\/samples\/([A-Za-z0-9_-]+)\/content\/?$/.exec(url.pathname);
    const work =
      url.pathname === '/graphql'
        ? handleGraphql(request, response, { apollo, deps })
        : upload && request.method === 'POST'
          ? handleUpload(request, response, { importJobId: upload[1] ?? '', deps })
          : runEvents && request.method === 'GET'
            ? streamRunEvents(request, response, { runId: runEvents[1] ?? '', deps })
            : sampleContent && request.method === 'GET'
              ? serveSampleContent(request, response, { sampleId: sampleContent[1] ?? '', deps })
              : Promise.resolve(
                  void response
                    .writeHead(404, { 'content-type': 'text/plain' })
                    .end('Not found: use /graphql, POST /uploads/:importId or GET /runs/:id/events\n'),
                );
    work.catch((error: unknown) => (response.headersSent ? response.destroy() : sendError(response, error)));
  });
  return {
    server,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections(); // keep-alive sockets would otherwise hold close() open
      await closed;
      await apollo.stop();
    },
  };
}
