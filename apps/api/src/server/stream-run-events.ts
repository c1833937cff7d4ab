import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@emolab/core/errors';
import { authenticateApiKey, findTrainingEpochs, findTrainingRun } from '@emolab/core/services';
import type { ApiDeps } from '../deps.js';
import { bearerToken } from '../graphql/context.js';

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);

/**
 * GET /runs/:id/events: server-sent events with the run's state and epochs whenever they change,
 * ending when the run finishes. Read from PostgreSQL, so any API replica can serve any run.
 */
export async function streamRunEvents(
  request: IncomingMessage,
  response: ServerResponse,
  options: { runId: string; deps: ApiDeps; pollMs?: number },
) {
  const { deps, runId } = options;
  await authenticateApiKey({ key: bearerToken(request) }, deps);
  if (!(await findTrainingRun({ id: runId }, deps))) throw new AppError('NOT_FOUND', `Training run ${runId} not found`);
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  let closed = false;
  request.on('close', () => {
    closed = true;
  });
  let last = '';
  let idleTicks = 0;
  while (!closed) {
    const run = await findTrainingRun({ id: runId }, deps);
    if (!run) break;
    const epochs = await findTrainingEpochs({ runId }, deps);
    const event = JSON.stringify({
      id: run.id,
      status: run.status,
      progress: run.progress,
      error: run.error,
      cancelRequested: run.cancelRequested,
      modelVersionId: run.modelVersionId,
      epochs,
    });
    if (event !== last) {
      response.write(`event: run\ndata: ${event}\n\n`);
      last = event;
      idleTicks = 0;
    } else if (++idleTicks % 15 === 0) {
      response.write(': keep-alive\n\n');
    }
    if (TERMINAL.has(run.status)) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
  }
  response.end();
}
