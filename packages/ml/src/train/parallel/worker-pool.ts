import { Worker } from 'node:worker_threads';
import {
  abortGradientExchange,
  createGradientExchangeBuffers,
  type GradientExchangeBuffers,
} from './gradient-exchange.js';
import { workerScriptUrl } from './worker-script-url.js';
import type { PlainAdamState, ReplicaInit, StepRequest, WorkerReply } from './worker-protocol.js';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

/** What every replica shares; rank and exchange are filled in per worker. */
export type ReplicaTemplate = Omit<ReplicaInit, 'rank' | 'exchange'>;

/** Options for {@link createWorkerPool}. */
export interface CreateWorkerPoolOptions {
  workers: number;
  /** Trainable values in the model (sum of trainable weight sizes). */
  parameters: number;
  template: ReplicaTemplate;
}

/** Training workers that each hold a model replica and exchange gradients every step. */
export class WorkerPool {
  private failure: Error | undefined;

  constructor(
    private readonly workers: Worker[],
    private readonly queues: Pending[][],
    private readonly exchange: GradientExchangeBuffers,
  ) {}

  get size(): number {
    return this.workers.length;
  }

  /** Sends each worker its shard; resolves with every worker's reply once the step is done everywhere. */
  step(shards: Omit<StepRequest, 'type'>[]): Promise<WorkerReply[]> {
    return Promise.all(
      shards.map((shard, rank) =>
        this.request(rank, { type: 'step', ...shard }, [shard.x.buffer as ArrayBuffer, shard.y.buffer as ArrayBuffer]),
      ),
    );
  }

  /** Weights of every replica and, when asked, rank 0's Adam state. */
  async state(optimizer: boolean): Promise<{ weights: Float32Array[][]; adam?: PlainAdamState }> {
    const replies = await Promise.all(
      this.workers.map((_, rank) => this.request(rank, { type: 'state', optimizer: optimizer && rank === 0 }, [])),
    );
    const states = replies as Extract<WorkerReply, { type: 'state' }>[];
    return { weights: states.map((s) => s.weights), adam: states[0]?.adam };
  }

  /** Stops every worker; pending requests reject. */
  async close(): Promise<void> {
    abortGradientExchange(this.exchange);
    this.rejectAll(new Error('worker pool closed'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Resolves once every worker has built its replica. */
  ready(): Promise<unknown> {
    return Promise.all(
      this.workers.map((_, rank) => new Promise((resolve, reject) => this.queues[rank]!.push({ resolve, reject }))),
    );
  }

  private request(rank: number, message: unknown, transfer: ArrayBuffer[]): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queues[rank]!.push({ resolve, reject });
      this.workers[rank]!.postMessage(message, transfer);
    });
  }

  /** @internal */
  onReply(rank: number, reply: WorkerReply): void {
    if (reply.type === 'error') {
      this.fail(Object.assign(new Error(`training worker ${rank}: ${reply.message}`), { stack: reply.stack }));
      return;
    }
    this.queues[rank]!.shift()?.resolve(reply);
  }

  /** @internal */
  fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    abortGradientExchange(this.exchange);
    this.rejectAll(error);
  }

  private rejectAll(error: Error): void {
    for (const queue of this.queues) queue.splice(0).forEach((pending) => pending.reject(error));
  }
}

/** Starts `workers` training workers, each with its own backend instance and a copy of the model, and waits until all are ready. */
export async function createWorkerPool(options: CreateWorkerPoolOptions): Promise<WorkerPool> {
  const exchange = createGradientExchangeBuffers(options.workers, options.parameters);
  const url = workerScriptUrl();
  const queues: Pending[][] = [];
  const workers: Worker[] = [];
  for (let rank = 0; rank < options.workers; rank++) {
    const init: ReplicaInit = { ...options.template, rank, exchange };
    workers.push(new Worker(url, { workerData: init }));
    queues.push([]);
  }
  const pool = new WorkerPool(workers, queues, exchange);
  workers.forEach((worker, rank) => {
    worker.on('message', (reply: WorkerReply) => pool.onReply(rank, reply));
    worker.on('error', (error) => pool.fail(error));
    worker.on('exit', (code) => pool.fail(new Error(`training worker ${rank} exited with code ${code}`)));
  });
  const ready = pool.ready();
  try {
    await ready;
  } catch (error) {
    await pool.close();
    throw error;
  }
  return pool;
}
