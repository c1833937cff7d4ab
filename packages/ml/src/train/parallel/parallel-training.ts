import { availableParallelism } from 'node:os';
import { backendLabel, WASM_ONEDNN } from '../../backend/init-backend.js';
import { nativePrecision } from '../../backend/native/register-native-kernels.js';
import * as tf from '@tensorflow/tfjs';
import { createAdam, readAdamState } from '../adam-state.js';
import { FusedAdamOptimizer } from '../fused-adam.js';
import type { PreparedTraining } from '../prepare-training.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import type { PlainAdamState } from './worker-protocol.js';

/** Options for {@link startParallelTraining}. */
export interface StartParallelTrainingOptions {
  run: PreparedTraining;
  workers: number;
  learningRate: number;
  labelSmoothing: number;
}

async function plainAdam(optimizer: tf.AdamOptimizer): Promise<PlainAdamState | undefined> {
  if (optimizer.iterations === 0) return undefined;
  const state = await readAdamState(optimizer);
  return { scalars: state.scalars, moments: state.moments.map((m) => (m.dataSync() as Float32Array).slice()) };
}

/** Starts a worker pool whose replicas hold the prepared run's current weights and optimizer state (fresh or resumed). */
export async function startParallelTraining(options: StartParallelTrainingOptions): Promise<WorkerPool> {
  const { run, workers, learningRate, labelSmoothing } = options;
  const model = run.classifier.model;
  const parameters = model.trainableWeights.reduce((sum, w) => sum + w.read().size, 0);
  return createWorkerPool({
    workers,
    parameters,
    template: {
      backend: tf.getBackend(),
      nativeKernels: backendLabel(tf.getBackend()).startsWith(WASM_ONEDNN),
      // The cores split between the workers: more oneDNN threads than cores only contend.
      nativeThreads: Math.max(1, Math.floor(availableParallelism() / workers)),
      nativePrecision: nativePrecision(),
      modelJson: model.toJSON(undefined, true) as string,
      weights: model.weights.map((w) => (w.read().dataSync() as Float32Array).slice()),
      adam: await plainAdam(run.optimizer),
      learningRate,
      weightDecay: run.optimizer instanceof FusedAdamOptimizer ? run.optimizer.weightDecay : 0,
      inputShape: run.inputShape,
      numClasses: run.classifier.labels.length,
      labelSmoothing,
      classWeights: run.classWeights,
    },
  });
}

/** Mean over replicas, element by element (replicas differ only in batch-norm moving statistics). */
function meanOf(values: Float32Array[]): Float32Array {
  const out = new Float32Array(values[0]!.length);
  for (const value of values) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (value[i] as number);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / values.length;
  return out;
}

/**
 * Copies the replicas' weights into the main thread's model: trainable weights from rank 0 (all
 * replicas hold identical ones), non-trainable ones (batch-norm moving statistics, which each
 * replica tracks over its own shards) averaged. With `optimizer`, also replaces run.optimizer with
 * rank 0's Adam state, so checkpoints written on this thread resume exactly.
 */
export async function syncFromWorkers(run: PreparedTraining, pool: WorkerPool, optimizer: boolean): Promise<void> {
  const state = await pool.state(optimizer);
  const model = run.classifier.model;
  const tensors = model.weights.map((w, i) => {
    const values = w.trainable ? state.weights[0]![i]! : meanOf(state.weights.map((replica) => replica[i]!));
    return tf.tensor(values, w.read().shape, 'float32');
  });
  model.setWeights(tensors);
  tf.dispose(tensors);
  if (!state.adam) return;
  const moments = state.adam.moments.map((m, i) =>
    tf.tensor(m, run.variables[i % run.variables.length]!.shape, 'float32'),
  );
  try {
    const weightDecay = run.optimizer instanceof FusedAdamOptimizer ? run.optimizer.weightDecay : 0;
    const restored = await createAdam({
      learningRate: (run.optimizer as unknown as { learningRate: number }).learningRate,
      weightDecay,
      restore: { scalars: state.adam.scalars, moments },
    });
    run.optimizer.dispose();
    run.optimizer = restored;
  } finally {
    tf.dispose(moments);
  }
}
