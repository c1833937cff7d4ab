import * as tf from '@tensorflow/tfjs';
import { ADAM_UPDATE, type AdamUpdateAttrs } from '../backend/adam-update-wasm.js';

type NamedGradients = Parameters<tf.AdamOptimizer['applyGradients']>[0];

/** The AdamOptimizer fields tfjs 4.22 keeps private; adam-state.ts checkpoints the same ones. */
interface AdamFields {
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: Array<{ originalName: string; variable: tf.Variable } | undefined>;
  accumulatedSecondMoment: Array<{ originalName: string; variable: tf.Variable } | undefined>;
}

/** Conv and dense kernels decay; biases and batch-norm scales and shifts do not (decaying them only hurts). */
const DECAYS = /kernel$/;

/**
 * tfjs' AdamOptimizer with each variable's update done by one kernel on wasm (ADAM_UPDATE) instead
 * of 13 element-wise ones. Moments, accumulators and step count live in the stock fields, so
 * getWeights/setWeights and our checkpoints treat it as the stock optimizer; other backends
 * get the stock update. With `weightDecay` > 0 it is AdamW (Loshchilov & Hutter 2019): before
 * each step every conv and dense kernel shrinks by learningRate * weightDecay, outside Adam's
 * normalisation (tfjs has no AdamW).
 */
export class FusedAdamOptimizer extends tf.AdamOptimizer {
  readonly weightDecay: number;

  constructor(learningRate: number, beta1?: number, beta2?: number, epsilon?: number, weightDecay = 0) {
    super(learningRate, beta1 ?? 0.9, beta2 ?? 0.999, epsilon);
    if (!(weightDecay >= 0 && weightDecay < 1))
      throw new RangeError(`weightDecay must be in [0, 1), got ${weightDecay}`);
    this.weightDecay = weightDecay;
  }

  private decay(names: string[]): void {
    if (this.weightDecay === 0) return;
    const keep = tf.scalar(1 - this.learningRate * this.weightDecay);
    try {
      for (const name of names) {
        if (!DECAYS.test(name)) continue;
        const value = tf.engine().registeredVariables[name];
        if (value) tf.tidy(() => value.assign(tf.mul(value, keep)));
      }
    } finally {
      keep.dispose();
    }
  }

  override applyGradients(variableGradients: NamedGradients): void {
    const names = Array.isArray(variableGradients)
      ? variableGradients.map((v) => v.name)
      : Object.keys(variableGradients);
    this.decay(names);
    if (tf.getBackend() !== 'wasm' || !tf.getKernel(ADAM_UPDATE, 'wasm')) {
      super.applyGradients(variableGradients);
      return;
    }
    const self = this as unknown as AdamFields;
    const attrs: AdamUpdateAttrs = {
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon,
      learningRate: this.learningRate,
      // float32 like the stock optimizer's sub(1, accBeta).
      oneMinusAccBeta1: Math.fround(1 - (self.accBeta1.dataSync()[0] as number)),
      oneMinusAccBeta2: Math.fround(1 - (self.accBeta2.dataSync()[0] as number)),
    };
    tf.tidy(() => {
      names.forEach((name, i) => {
        const value = tf.engine().registeredVariables[name]!;
        // Created lazily by position and named as the stock optimizer names them.
        self.accumulatedFirstMoment[i] ??= {
          originalName: `${name}/m`,
          variable: tf.tidy(() => tf.zerosLike(value).variable(false)),
        };
        self.accumulatedSecondMoment[i] ??= {
          originalName: `${name}/v`,
          variable: tf.tidy(() => tf.zerosLike(value).variable(false)),
        };
        const gradient = Array.isArray(variableGradients) ? variableGradients[i]!.tensor : variableGradients[name];
        if (gradient == null) return;
        const m = self.accumulatedFirstMoment[i]!.variable;
        const v = self.accumulatedSecondMoment[i]!.variable;
        const [newValue, newM, newV] = tf
          .engine()
          .runKernel(ADAM_UPDATE, { value, m, v, gradient }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
        m.assign(newM!);
        v.assign(newV!);
        value.assign(newValue!);
      });
      self.accBeta1.assign(tf.mul(self.accBeta1, this.beta1));
      self.accBeta2.assign(tf.mul(self.accBeta2, this.beta2));
    });
    this.incrementIterations();
  }
}
