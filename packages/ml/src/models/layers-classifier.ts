import * as tf from '@tensorflow/tfjs';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { Modality } from '../preprocess/modality.js';
import type { Classifier, PredictOptions } from './classifier.js';
import { matchTrainingBlur } from '../preprocess/blur/estimate-blur.js';
import {
  inputBlurOf,
  standardizationOf,
  testTimeAugmentationOf,
  type FeatureStandardization,
  type TestTimeAugmentation,
} from './classifier-preprocessing.js';
import { standardizeInPlace } from './standardize-in-place.js';

const PREDICT_BATCH = 256;

/** Model inputs per image for each test-time augmentation. */
const VIEWS: Record<TestTimeAugmentation, number> = { none: 1, flip: 2, 'flip-shift': 10 };
/** 'flip-shift' moves the face this many pixels; training shifts it up to 10% (~5 px). */
const SHIFT = 3;

/** The batch (NHWC) in every view, view after view: itself and its mirror, then (10 views) both shifted left, right, up and down. */
function augmentedViews(x: tf.Tensor4D, views: number): tf.Tensor4D {
  const mirrored = tf.reverse(x, 2);
  if (views === 2) return tf.concat([x, mirrored]);
  const [, height, width] = x.shape;
  const shifted = (image: tf.Tensor4D) => {
    // Symmetric padding stands in for the 'nearest' border fill the training shifts use.
    const padded = tf.mirrorPad(
      image,
      [
        [0, 0],
        [SHIFT, SHIFT],
        [SHIFT, SHIFT],
        [0, 0],
      ],
      'symmetric',
    );
    const at = (dy: number, dx: number) => tf.slice(padded, [0, SHIFT + dy, SHIFT + dx, 0], [-1, height, width, -1]);
    return [at(0, -SHIFT), at(0, SHIFT), at(-SHIFT, 0), at(SHIFT, 0)];
  };
  return tf.concat([x, mirrored, ...shifted(x), ...shifted(mirrored)]);
}

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
  private readonly testTimeAugmentation: TestTimeAugmentation;
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
    this.testTimeAugmentation = options.modality === 'image' ? testTimeAugmentationOf(options.preprocessing) : 'none';
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
        throw new InvalidInputError(
          `Feature vector has ${vector.length} values; this ${this.modality} model expects ${this.featureLength}`,
        );
      }
      packed.set(
        this.inputBlur > 0 ? matchTrainingBlur(vector, this.inputShape[0] as number, this.inputBlur) : vector,
        row * this.featureLength,
      );
    });
    if (this.standardization) standardizeInPlace(packed, this.standardization);
    return packed;
  }

  async predict(features: Float32Array[], options: PredictOptions = {}): Promise<number[][]> {
    if (this.disposed) throw new Error('Classifier has been disposed');
    const views = options.testTimeAugmentation === false ? 1 : VIEWS[this.testTimeAugmentation];
    const rows: number[][] = [];
    const width = this.labels.length;
    // Each chunk's views go through the model in one call: all images in view 0, then in view 1, ...
    const chunk = Math.max(1, Math.floor(PREDICT_BATCH / views));
    for (let start = 0; start < features.length; start += chunk) {
      const batch = features.slice(start, start + chunk);
      const packed = this.pack(batch);
      const probabilities = tf.tidy(() => {
        const x = tf.tensor(packed, [batch.length, ...this.inputShape]);
        return this.model.predict(views === 1 ? x : augmentedViews(x as tf.Tensor4D, views)) as tf.Tensor;
      });
      try {
        const values = await probabilities.data();
        for (let r = 0; r < batch.length; r++) {
          const row = new Array<number>(width).fill(0);
          for (let v = 0; v < views; v++) {
            const at = (v * batch.length + r) * width;
            for (let c = 0; c < width; c++) row[c] = (row[c] as number) + (values[at + c] as number) / views;
          }
          rows.push(row);
        }
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
