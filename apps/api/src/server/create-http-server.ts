import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { AppError } from '@emolab/core/errors';
import type { ApiDeps } from '../deps.js';
import { createContext, type ApiContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { handleUpload, sendError } from '../uploads/handle-upload.js';
import { serveSampleContent } from './serve-sample-content.js';
import { streamRunEvents } from './stream-run-events.js';

const typeDefs = readFileSync(new URL('../../src/graphql/schema.graphql', import.meta.url), 'utf8');

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError('INVALID_INPUT', `Request body larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleGraphql(apollo: ApolloServer<ApiContext>, request: IncomingMessage, response: ServerResponse, deps: ApiDeps) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  // base64 grows files by 4/3; leave room for the rest of the query.
  const text = request.method === 'POST' ? await readBody(request, Math.ceil(deps.config.EMOLAB_MAX_UPLOAD_BYTES * 1.4) + 65_536) : '';
  let body: unknown = text;
  if (text && headers.get('content-type')?.includes('application/json')) {
    try { body = JSON.parse(text); } catch { throw new AppError('INVALID_INPUT', 'Request body is not valid JSON'); }
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(request, deps),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') return void response.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The API's HTTP server: GraphQL at /graphql and streaming uploads at /uploads/:importId. */
export async function createHttpServer(deps: ApiDeps): Promise<{ server: http.Server; stop(): Promise<void> }> {
  const apollo = new ApolloServer<ApiContext>({
    typeDefs, resolvers, formatError, introspection: true,
    stopOnTerminationSignals: false, // main.ts owns shutdown; two signal handlers deadlock stop()
  });
  await apollo.start();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const upload = /^\/uploads\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname);
    const runEvents = /^\/runs\/([A-Za-z0-9_-]+)\/events\/?$/.exec(url.pathname);
    const sampleContent = /^\/samples\/([A-Za-z0-9_-]+)\/content\/?$/.exec(url.pathname);
    const work =
      url.pathname === '/graphql' ? handleGraphql(apollo, request, response, deps)
      : upload && request.method === 'POST' ? handleUpload(request, response, { importJobId: upload[1] ?? '', deps })
      : runEvents && request.method === 'GET' ? streamRunEvents(request, response, { runId: runEvents[1] ?? '', deps })
      : sampleContent && request.method === 'GET' ? serveSampleContent(request, response, { sampleId: sampleContent[1] ?? '', deps })
      : Promise.resolve(void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: use /graphql, POST /uploads/:importId or GET /runs/:id/events\n'));
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
