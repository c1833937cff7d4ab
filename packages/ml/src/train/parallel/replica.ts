import * as tf from '@tensorflow/tfjs';
import { readAdamState, setAdamLearningRate } from '../adam-state.js';
import { createAdam } from '../adam-state.js';
import { reseedDropout } from '../run-epoch.js';
import { seededRandom } from '../seeded-random.js';
import { weightedCrossEntropy } from '../weighted-cross-entropy.js';
import { GradientExchange } from './gradient-exchange.js';
import type { PlainAdamState, ReplicaInit, StepRequest, WorkerReply } from './worker-protocol.js';

/** One worker's copy of the model and optimizer. */
export interface Replica {
  init: ReplicaInit;
  model: tf.LayersModel;
  optimizer: tf.AdamOptimizer;
  variables: tf.Variable[];
  exchange: GradientExchange;
  /** Scratch for the averaged gradient. */
  averaged: Float32Array;
}

/** Rebuilds the main thread's model and optimizer state on this worker's backend. */
export async function createReplica(init: ReplicaInit): Promise<Replica> {
  const model = await tf.models.modelFromJSON({
    modelTopology: JSON.parse(init.modelJson) as tf.io.ModelJSON['modelTopology'],
  });
  const weights = model.weights.map((w, i) => tf.tensor(init.weights[i] as Float32Array, w.read().shape, 'float32'));
  model.setWeights(weights);
  tf.dispose(weights);
  const moments = init.adam?.moments.map((m, i) =>
    tf.tensor(m, model.trainableWeights[i % model.trainableWeights.length]!.read().shape, 'float32'),
  );
  const optimizer = await createAdam({
    learningRate: init.learningRate,
    weightDecay: init.weightDecay,
    restore: init.adam && moments ? { scalars: init.adam.scalars, moments } : undefined,
  });
  tf.dispose(moments ?? []);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const averaged = new Float32Array(init.exchange.parameters);
  return { init, model, optimizer, variables, exchange: new GradientExchange(init.exchange, init.rank), averaged };
}

/** Forward and backward on this worker's shard; writes the sample-weighted gradient sum into the exchange slot. */
function shardGradients(replica: Replica, request: StepRequest): { loss: number; correct: number } {
  const { model, variables, init } = replica;
  const slot = replica.exchange.ownSlot();
  const count = request.y.length;
  if (count === 0) {
    slot.fill(0);
    return { loss: 0, correct: 0 };
  }
  return tf.tidy(() => {
    const { numClasses, labelSmoothing, classWeights } = init;
    const xs = tf.tensor(request.x, [count, ...init.inputShape]);
    const labels = tf.tensor1d(request.y, 'int32');
    const oneHot = tf.oneHot(labels, numClasses);
    const targets =
      labelSmoothing > 0 ? tf.add(tf.mul(oneHot, 1 - labelSmoothing), labelSmoothing / numClasses) : oneHot;
    const sampleWeights = classWeights ? tf.gather(tf.tensor1d(classWeights, 'float32'), labels) : undefined;
    let correct: tf.Tensor | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const probabilities = model.apply(xs, { training: true }) as tf.Tensor;
      correct = tf.keep(tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, -1), labels), 'float32')));
      return weightedCrossEntropy({ targets, probabilities, sampleWeights });
    }, variables);
    let offset = 0;
    for (const variable of variables) {
      const gradient = grads[variable.name]!.dataSync() as Float32Array;
      for (let i = 0; i < gradient.length; i++) slot[offset + i] = (gradient[i] as number) * count;
      offset += gradient.length;
    }
    const hits = correct!.dataSync()[0] as number;
    correct!.dispose(); // kept past variableGrads' own scope
    return { loss: value.dataSync()[0] as number, correct: hits };
  });
}

/** One synchronous data-parallel step: shard gradients, average across workers, identical Adam update everywhere. */
export function stepReplica(replica: Replica, request: StepRequest): WorkerReply {
  reseedDropout(replica.model, seededRandom(request.dropoutSeed));
  setAdamLearningRate(replica.optimizer, request.learningRate);
  const { loss, correct } = shardGradients(replica, request);
  replica.exchange.average(request.total, replica.averaged);
  tf.tidy(() => {
    let offset = 0;
    const named = replica.variables.map((variable) => {
      const size = variable.size;
      const tensor = tf.tensor(replica.averaged.subarray(offset, offset + size), variable.shape, 'float32');
      offset += size;
      return { name: variable.name, tensor };
    });
    replica.optimizer.applyGradients(named);
  });
  return { type: 'step', loss, correct, count: request.y.length };
}

/** The replica's weights (all of them, model.weights order) and optionally its Adam state, as plain arrays. */
export async function replicaState(replica: Replica, optimizer: boolean): Promise<WorkerReply> {
  const weights = replica.model.weights.map((w) => (w.read().dataSync() as Float32Array).slice());
  let adam: PlainAdamState | undefined;
  if (optimizer) {
    const state = await readAdamState(replica.optimizer);
    adam = { scalars: state.scalars, moments: state.moments.map((m) => (m.dataSync() as Float32Array).slice()) };
  }
  return { type: 'state', weights, adam };
}
