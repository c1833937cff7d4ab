import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { isAppError } from '@emolab/core/errors';
import {
  authenticateApiKey,
  getOpenImportJob,
  storeImportFiles,
  type StoreImportFilesResult,
  type UploadedFile,
} from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';
import { bearerToken } from '../graphql/context.js';

const HTTP_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  NO_FACE: 422,
  INTERNAL: 500,
} as const;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Sends a service error as JSON with its code and an HTTP status. */
export function sendError(response: ServerResponse, error: unknown): void {
  if (isAppError(error))
    sendJson(response, HTTP_STATUS[error.code], { error: { code: error.code, message: error.message } });
  else {
    console.error('[api] upload failed:', error);
    sendJson(response, 500, { error: { code: 'INTERNAL', message: 'Internal server error' } });
  }
}

const BATCH_FILES = 128;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * POST /uploads/:importId, multipart/form-data, one part per file, the file name being its path
 * inside the import. Files stream in and are stored in batches (two statements per batch); the
 * request is paused while storage catches up, so memory stays bounded whatever the request's size.
 */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  options: { importJobId: string; deps: ApiDeps },
): Promise<void> {
  const { deps, importJobId } = options;
  const viewer = await authenticateApiKey({ key: bearerToken(request) }, deps);
  await getOpenImportJob({ importJobId, viewer }, deps);
  const limit = deps.config.EMOLAB_MAX_UPLOAD_BYTES;
  const parser = busboy({
    headers: request.headers,
    preservePath: true,
    limits: { fileSize: limit, files: 100_000, fields: 0 },
  });
  const result: StoreImportFilesResult = { stored: [], skipped: [], rejected: [] };
  let batch: UploadedFile[] = [];
  let batchBytes = 0;
  let chain: Promise<void> = Promise.resolve();
  let pendingBatches = 0;

  const flush = () => {
    if (batch.length === 0) return;
    const files = batch;
    batch = [];
    batchBytes = 0;
    pendingBatches += 1;
    if (pendingBatches >= 2) request.pause();
    chain = chain
      .then(() => storeImportFiles({ importJobId, files, viewer }, deps))
      .then((stored) => {
        result.stored.push(...stored.stored);
        result.skipped.push(...stored.skipped);
        result.rejected.push(...stored.rejected);
      })
      .finally(() => {
        pendingBatches -= 1;
        if (pendingBatches < 2) request.resume();
      });
  };

  parser.on('file', (_field, stream, info) => {
    const path = info.filename ?? '';
    const chunks: Buffer[] = [];
    let truncated = false;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => {
      truncated = true;
    });
    stream.on('end', () => {
      if (truncated) return void result.rejected.push({ path, reason: `larger than the ${limit} byte upload limit` });
      const bytes = new Uint8Array(Buffer.concat(chunks));
      batch.push({ path, bytes, mediaType: info.mimeType });
      batchBytes += bytes.length;
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) flush();
    });
  });

  await new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    request.on('error', reject);
    request.pipe(parser);
  });
  flush();
  await chain;
  sendJson(response, 200, { stored: result.stored.length, skipped: result.skipped, rejected: result.rejected });
}
