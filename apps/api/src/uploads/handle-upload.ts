import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { isAppError } from '@emolab/core/errors';
import { authenticateApiKey, getOpenImportJob, storeImportFile } from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';
import { bearerToken } from '../graphql/context.js';

const HTTP_STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID_INPUT: 400, CONFLICT: 409, INTERNAL: 500 } as const;
const MAX_PENDING_FILES = 16;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Sends a service error as JSON with its code and an HTTP status. */
export function sendError(response: ServerResponse, error: unknown): void {
  if (isAppError(error)) sendJson(response, HTTP_STATUS[error.code], { error: { code: error.code, message: error.message } });
  else {
    console.error('[api] upload failed:', error);
    sendJson(response, 500, { error: { code: 'INTERNAL', message: 'Internal server error' } });
  }
}

/**
 * POST /uploads/:importId, multipart/form-data, one part per file, the file name being its path
 * inside the import. Files stream in and are stored one by one; the request is paused while
 * storage catches up, so memory stays bounded whatever the request's size.
 */
export async function handleUpload(request: IncomingMessage, response: ServerResponse, options: { importJobId: string; deps: ApiDeps }): Promise<void> {
  const { deps, importJobId } = options;
  const viewer = await authenticateApiKey({ key: bearerToken(request) }, deps);
  await getOpenImportJob({ importJobId, viewer }, deps);
  const limit = deps.config.EMOLAB_MAX_UPLOAD_BYTES;
  const parser = busboy({ headers: request.headers, preservePath: true, limits: { fileSize: limit, files: 10_000, fields: 0 } });
  const stored: string[] = [];
  const skipped: string[] = [];
  const rejected: { path: string; reason: string }[] = [];
  let pending = 0;
  let chain: Promise<void> = Promise.resolve();

  parser.on('file', (_field, stream, info) => {
    const path = info.filename ?? '';
    const chunks: Buffer[] = [];
    let truncated = false;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => { truncated = true; });
    stream.on('end', () => {
      if (truncated) return void rejected.push({ path, reason: `larger than the ${limit} byte upload limit` });
      pending += 1;
      if (pending >= MAX_PENDING_FILES) request.pause();
      const bytes = new Uint8Array(Buffer.concat(chunks));
      chain = chain
        .then(() => storeImportFile({ importJobId, path, bytes, mediaType: info.mimeType, viewer }, deps))
        .then(({ accepted }) => void (accepted ? stored : skipped).push(path))
        .catch((error: unknown) => {
          if (!isAppError(error)) throw error;
          rejected.push({ path, reason: error.message });
        })
        .finally(() => {
          pending -= 1;
          if (pending < MAX_PENDING_FILES) request.resume();
        });
    });
  });

  await new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    request.on('error', reject);
    request.pipe(parser);
  });
  await chain;
  sendJson(response, 200, { stored: stored.length, skipped, rejected });
}
