import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Config } from '@emolab/core/config';
import { AppError } from '@emolab/core/errors';
import { authenticateApiKey } from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';
import { bearerToken, createContext, type ApiContext } from '../graphql/context.js';
import { readLimitedBody } from './read-limited-body.js';

/** What handleGraphql needs besides the request and response. */
export interface HandleGraphqlOptions {
  apollo: ApolloServer<ApiContext>;
  deps: ApiDeps;
}

// base64 grows files by 4/3; leave room for the rest of the query.
const keyedBodyLimit = (config: Config) => Math.ceil(config.EMOLAB_MAX_UPLOAD_BYTES * 1.4) + 65_536;

// How long a refused request's connection may keep sending before it is dropped.
const LINGER_MS = 2_000;

/**
 * Answers 413 without reading the rest of the body into memory. The socket is not closed at once:
 * closing one with unread bytes resets it, and a client still sending would lose the answer. So
 * the API half-closes and drops (never keeps) what still arrives until the client stops or
 * LINGER_MS pass, as web servers' "lingering close" does.
 */
function sendPayloadTooLarge(
  request: IncomingMessage,
  response: ServerResponse,
  options: { limit: number; keyed: boolean },
): void {
  const which = options.keyed ? '' : ' (the limit for requests without a valid API key)';
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body is larger than ${options.limit} bytes${which}`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
  const { socket } = request;
  const drop = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.once('close', () => clearTimeout(drop));
  request.resume();
  response.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body, () => socket.end());
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function parseBody(bytes: Buffer, contentType: string | undefined): unknown {
  const text = bytes.toString('utf8');
  if (!text || !contentType?.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'Request body is not valid JSON');
  }
}

async function sendResult(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') return void response.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * POST or GET /graphql. The key is checked before the body is read, so that a request without a
 * valid key can be held to a small body: an anonymous client must not make the API read and parse
 * megabytes (a 5 MB query of 281,787 aliased `health` fields once grew the heap to 4.3 GB and
 * crashed it). The same check then serves as the context's viewer.
 */
export async function handleGraphql(
  request: IncomingMessage,
  response: ServerResponse,
  options: HandleGraphqlOptions,
): Promise<void> {
  const { apollo, deps } = options;
  const viewer = authenticateApiKey({ key: bearerToken(request) }, deps);
  // No key, a bad key, or a database that cannot say: all anonymous here (health must still answer);
  // resolvers that need the viewer get the rejection itself.
  const keyed = await viewer.then(
    () => true,
    () => false,
  );
  const limit = keyed ? keyedBodyLimit(deps.config) : deps.config.EMOLAB_MAX_ANONYMOUS_BODY_BYTES;
  if (Number(request.headers['content-length'] ?? 0) > limit)
    return sendPayloadTooLarge(request, response, { limit, keyed });
  const bytes = request.method === 'POST' ? await readLimitedBody(request, limit) : Buffer.alloc(0);
  if (bytes === null) return sendPayloadTooLarge(request, response, { limit, keyed });

  const headers = toHeaderMap(request);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? 'GET',
      headers,
      search: new URL(request.url ?? '/', 'http://localhost').search,
      body: parseBody(bytes, headers.get('content-type')),
    },
    context: async () => createContext({ viewer, deps }),
  });
  await sendResult(response, result);
}
