import { EMOTIONS, type ModelMetrics } from '@emolab/core/domain';
import { argmax, evaluateProbabilities } from '@emolab/ml/evaluate';
import type { Classifier } from '@emolab/ml/models';
import { BLUR_SAMPLE_SIZE, recordedBlurSigma } from '@emolab/ml/preprocess';
import type { TrainerDeps } from '../deps.js';
import { readFeatures } from './database-batch-source.js';
import type { IndexedSample } from './sample-index.js';

const CHUNK = 512;

/** Scores a classifier on held-out samples streamed from the feature cache; keeps each sample's prediction for paired comparisons. */
export async function evaluateOnTest(
  input: { classifier: Classifier; samples: IndexedSample[]; preprocessingKey: string },
  deps: TrainerDeps,
): Promise<{ metrics: ModelMetrics; confusionMatrix: number[][]; testPredictions: [string, number, number][] }> {
  const probabilities: number[][] = [];
  const labels: number[] = [];
  const testPredictions: [string, number, number][] = [];
  const image = input.classifier.modality === 'image';
  const blurSample: Float32Array[] = [];
  for (let i = 0; i < input.samples.length; i += CHUNK) {
    const chunk = input.samples.slice(i, i + CHUNK);
    const batch = await readFeatures(chunk, { preprocessingKey: input.preprocessingKey }, deps);
    if (image) blurSample.push(...batch.features.slice(0, BLUR_SAMPLE_SIZE - blurSample.length));
    const rows = await input.classifier.predict(batch.features);
    rows.forEach((row, j) => {
      probabilities.push(row);
      labels.push(batch.labels[j]!);
      testPredictions.push([chunk[j]!.id, batch.labels[j]!, argmax(row)]);
    });
  }
  const m = evaluateProbabilities({ probabilities, labels });
  const trainingBlurSigma = input.classifier.preprocessing['trainingBlurSigma'];
  const blur = image && blurSample.length > 0 && typeof trainingBlurSigma === 'number'
    ? { trainingBlurSigma, testBlurSigma: recordedBlurSigma(blurSample) }
    : {};
  return {
    metrics: {
      accuracy: m.accuracy,
      macroF1: m.macroF1,
      balancedAccuracy: m.balancedAccuracy,
      top2Accuracy: m.top2Accuracy,
      expectedCalibrationError: m.expectedCalibrationError,
      reliability: m.reliability.map((bin) => ({ lower: bin.lower, upper: bin.upper, count: bin.count, accuracy: bin.accuracy ?? 0, confidence: bin.meanConfidence ?? 0 })),
      perClass: m.perClass.map((c, i) => ({ emotion: EMOTIONS[i]!, precision: c.precision, recall: c.recall, f1: c.f1, support: c.support })),
      testSamples: labels.length,
      ...blur,
    },
    confusionMatrix: m.confusionMatrix,
    testPredictions,
  };
}
