import * as tf from '@tensorflow/tfjs';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { Modality } from '../preprocess/modality.js';
import type { Classifier } from './classifier.js';
import { matchTrainingBlur } from '../preprocess/estimate-blur.js';
import { inputBlurOf, standardizationOf, type FeatureStandardization } from './classifier-preprocessing.js';
import { standardizeInPlace } from './standardize-in-place.js';

const PREDICT_BATCH = 256;

/** What a {@link LayersClassifier} wraps. */
export interface LayersClassifierOptions {
  model: tf.LayersModel;
  modality: Modality;
  labels: readonly string[];
  architecture: string;
  preprocessing: Record<string, unknown>;
}

/** A Classifier backed by a tf.LayersModel; owns (and disposes) the model. */
export class LayersClassifier implements Classifier {
  readonly model: tf.LayersModel;
  readonly modality: Modality;
  readonly labels: readonly string[];
  readonly architecture: string;
  readonly preprocessing: Record<string, unknown>;
  private readonly inputShape: number[];
  private readonly featureLength: number;
  private readonly standardization: FeatureStandardization | undefined;
  private readonly inputBlur: number;
  private disposed = false;

  constructor(options: LayersClassifierOptions) {
    this.model = options.model;
    this.modality = options.modality;
    this.labels = Object.freeze([...options.labels]);
    this.architecture = options.architecture;
    this.preprocessing = options.preprocessing;
    this.inputShape = (this.model.inputs[0]?.shape ?? []).slice(1) as number[];
    this.featureLength = this.inputShape.reduce((a, b) => a * b, 1);
    this.standardization = standardizationOf(options.preprocessing, this.featureLength);
    this.inputBlur = options.modality === 'image' ? inputBlurOf(options.preprocessing) : 0;
    const outputs = this.model.outputs[0]?.shape.at(-1);
    if (outputs !== this.labels.length) {
      throw new RangeError(`Model has ${outputs} outputs but ${this.labels.length} labels were given`);
    }
  }

  /** Copies a batch of feature vectors into one buffer, standardising them if the model expects it. */
  private pack(features: Float32Array[]): Float32Array {
    const packed = new Float32Array(features.length * this.featureLength);
    features.forEach((vector, row) => {
      if (vector.length !== this.featureLength) {
        throw new InvalidInputError(`Feature vector has ${vector.length} values; this ${this.modality} model expects ${this.featureLength}`);
      }
      packed.set(this.inputBlur > 0 ? matchTrainingBlur(vector, this.inputShape[0] as number, this.inputBlur) : vector, row * this.featureLength);
    });
    if (this.standardization) standardizeInPlace(packed, this.standardization);
    return packed;
  }

  async predict(features: Float32Array[]): Promise<number[][]> {
    if (this.disposed) throw new Error('Classifier has been disposed');
    const rows: number[][] = [];
    const width = this.labels.length;
    for (let start = 0; start < features.length; start += PREDICT_BATCH) {
      const batch = features.slice(start, start + PREDICT_BATCH);
      const packed = this.pack(batch);
      const probabilities = tf.tidy(() => this.model.predict(tf.tensor(packed, [batch.length, ...this.inputShape])) as tf.Tensor);
      try {
        const values = await probabilities.data();
        for (let r = 0; r < batch.length; r++) rows.push(Array.from(values.subarray(r * width, (r + 1) * width)));
      } finally {
        probabilities.dispose();
      }
    }
    return rows;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }
}
