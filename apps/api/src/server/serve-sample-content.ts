import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@emolab/core/errors';
import { authenticateApiKey, findSampleContent } from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';
import { bearerToken } from '../graphql/context.js';

/** GET /samples/:id/content: the sample's file bytes (for thumbnails, players and labeling), Bearer key required. */
export async function serveSampleContent(
  request: IncomingMessage,
  response: ServerResponse,
  options: { sampleId: string; deps: ApiDeps },
) {
  await authenticateApiKey({ key: bearerToken(request) }, options.deps);
  const blob = await findSampleContent(options, options.deps);
  if (!blob) throw new AppError('NOT_FOUND', `Sample ${options.sampleId} not found`);
  response.writeHead(200, {
    'content-type': blob.mediaType || 'application/octet-stream',
    'content-length': String(blob.content.length),
    // Content-addressed: a sample's bytes never change.
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  response.end(blob.content);
}
