import * as tf from '@tensorflow/tfjs';
import { FusedAdamOptimizer } from './fused-adam.js';

/** Adam's scalar state; its moment tensors travel separately. */
export interface AdamScalars {
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Steps taken so far. */
  iterations: number;
  /** beta1^(iterations+1) and beta2^(iterations+1) as Adam accumulated them in float32. */
  accBeta1: number;
  accBeta2: number;
}

/** The parts of tfjs' AdamOptimizer that its public API does not expose. */
interface AdamInternals {
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
}

function internals(optimizer: tf.AdamOptimizer): AdamInternals {
  const inner = optimizer as unknown as AdamInternals;
  if (
    !(inner.accBeta1 instanceof tf.Variable) ||
    !(inner.accBeta2 instanceof tf.Variable) ||
    typeof inner.epsilon !== 'number'
  ) {
    throw new Error('This tfjs AdamOptimizer does not have the internals checkpointing relies on (tfjs 4.22 expected)');
  }
  return inner;
}

/** Options for {@link createAdam}. */
export interface CreateAdamOptions {
  learningRate: number;
  /** Decoupled weight decay of conv and dense kernels (AdamW), default 0. */
  weightDecay?: number;
  /** Restores this state (scalars plus first then second moments, one per trainable variable). */
  restore?: { scalars: AdamScalars; moments: tf.Tensor[] };
}

/** tf.train.adam's defaults. */
const BETA1 = 0.9;
const BETA2 = 0.999;

/**
 * An Adam optimizer (tfjs' own, with the one-pass update on wasm), fresh or with restored moments,
 * step count and bias-correction accumulators.
 */
export async function createAdam(options: CreateAdamOptions): Promise<tf.AdamOptimizer> {
  const { learningRate, restore, weightDecay = 0 } = options;
  if (!restore) return new FusedAdamOptimizer(learningRate, BETA1, BETA2, undefined, weightDecay);
  const { scalars, moments } = restore;
  const optimizer = new FusedAdamOptimizer(learningRate, scalars.beta1, scalars.beta2, scalars.epsilon, weightDecay);
  const iterations = tf.scalar(scalars.iterations, 'int32');
  try {
    // setWeights matches moments to variables by position, as applyGradients does.
    await optimizer.setWeights([
      { name: 'iter', tensor: iterations },
      ...moments.map((tensor, i) => ({ name: `moment/${i}`, tensor })),
    ]);
    const inner = internals(optimizer);
    // setWeights recomputes these as pow(beta, t + 1), which differs in the last bits from the
    // running products; put back the exact values so a resumed run matches an uninterrupted one.
    tf.tidy(() => {
      inner.accBeta1.assign(tf.scalar(scalars.accBeta1));
      inner.accBeta2.assign(tf.scalar(scalars.accBeta2));
    });
  } catch (error) {
    optimizer.dispose();
    throw error;
  } finally {
    iterations.dispose();
  }
  return optimizer;
}

/** Reads an Adam optimizer's scalars and (borrowed, not copied) moment tensors. */
export async function readAdamState(
  optimizer: tf.AdamOptimizer,
): Promise<{ scalars: AdamScalars; moments: tf.Tensor[] }> {
  const inner = internals(optimizer);
  const weights = await optimizer.getWeights();
  const [iteration, ...moments] = weights;
  iteration?.tensor.dispose(); // getWeights makes a fresh scalar for the step count
  const [accBeta1, accBeta2] = await Promise.all([inner.accBeta1.data(), inner.accBeta2.data()]);
  return {
    scalars: {
      beta1: inner.beta1,
      beta2: inner.beta2,
      epsilon: inner.epsilon,
      iterations: optimizer.iterations,
      accBeta1: accBeta1[0] as number,
      accBeta2: accBeta2[0] as number,
    },
    moments: moments.map((m) => m.tensor),
  };
}

/** Changes the rate Adam applies from its next step on (tfjs reads the field on every step). */
export function setAdamLearningRate(optimizer: tf.AdamOptimizer, learningRate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}
