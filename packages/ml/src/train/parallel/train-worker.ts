import { parentPort, workerData } from 'node:worker_threads';
import { initBackend } from '../../backend/init-backend.js';
import { createReplica, replicaState, stepReplica, type Replica } from './replica.js';
import type { ReplicaInit, WorkerReply, WorkerRequest } from './worker-protocol.js';

// Entry point of one data-parallel training worker (see createWorkerPool); not part of the API.
const init = workerData as ReplicaInit;
const port = parentPort!;

function send(reply: WorkerReply): void {
  const transfer =
    reply.type === 'state'
      ? [...reply.weights, ...(reply.adam?.moments ?? [])].map((a) => a.buffer as ArrayBuffer)
      : [];
  port.postMessage(reply, transfer);
}

function fail(error: unknown): void {
  const err = error instanceof Error ? error : new Error(String(error));
  send({ type: 'error', message: err.message, stack: err.stack });
}

async function start(): Promise<Replica> {
  const native = {
    nativeKernels: init.nativeKernels,
    nativeThreads: init.nativeThreads,
    nativePrecision: init.nativePrecision,
  };
  await initBackend(
    init.backend === 'cpu' ? { prefer: 'cpu' } : init.backend === 'wasm' ? { prefer: 'wasm', ...native } : native,
  );
  return createReplica(init);
}

const ready = start();
ready.then(() => send({ type: 'ready' }), fail);

// Requests are handled strictly in arrival order; each reply answers the oldest open request.
let queue: Promise<void> = ready.then(
  () => undefined,
  () => undefined,
);
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    try {
      const replica = await ready;
      send(request.type === 'step' ? stepReplica(replica, request) : await replicaState(replica, request.optimizer));
    } catch (error) {
      fail(error);
    }
  });
});
