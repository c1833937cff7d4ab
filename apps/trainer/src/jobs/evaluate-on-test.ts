import { EMOTIONS, type ModelMetrics } from '@emolab/core/domain';
import { argmax, evaluateProbabilities } from '@emolab/ml/evaluate';
import { testTimeAugmentationOf, type Classifier } from '@emolab/ml/models';
import type { TrainerDeps } from '../deps.js';
import { readFeatures } from './database-batch-source.js';
import type { IndexedSample } from './sample-index.js';

const CHUNK = 512;

/**
 * Scores a classifier on held-out samples streamed from the feature cache, as predict serves it
 * (with the model's test-time augmentation; then also without it, to show what it is worth), and
 * keeps each sample's prediction for paired comparisons.
 */
export async function evaluateOnTest(
  input: { classifier: Classifier; samples: IndexedSample[]; preprocessingKey: string },
  deps: TrainerDeps,
): Promise<{ metrics: ModelMetrics; confusionMatrix: number[][]; testPredictions: [string, number, number][] }> {
  const probabilities: number[][] = [];
  const labels: number[] = [];
  const testPredictions: [string, number, number][] = [];
  const tta = input.classifier.modality === 'image' ? testTimeAugmentationOf(input.classifier.preprocessing) : 'none';
  let hitsWithout = 0;
  for (let i = 0; i < input.samples.length; i += CHUNK) {
    const chunk = input.samples.slice(i, i + CHUNK);
    const batch = await readFeatures(chunk, { preprocessingKey: input.preprocessingKey }, deps);
    const rows = await input.classifier.predict(batch.features);
    if (tta !== 'none') {
      const plain = await input.classifier.predict(batch.features, { testTimeAugmentation: false });
      plain.forEach((row, j) => (hitsWithout += argmax(row) === batch.labels[j] ? 1 : 0));
    }
    rows.forEach((row, j) => {
      probabilities.push(row);
      labels.push(batch.labels[j]!);
      testPredictions.push([chunk[j]!.id, batch.labels[j]!, argmax(row)]);
    });
  }
  const m = evaluateProbabilities({ probabilities, labels });
  return {
    metrics: {
      accuracy: m.accuracy,
      macroF1: m.macroF1,
      balancedAccuracy: m.balancedAccuracy,
      top2Accuracy: m.top2Accuracy,
      expectedCalibrationError: m.expectedCalibrationError,
      reliability: m.reliability.map((bin) => ({
        lower: bin.lower,
        upper: bin.upper,
        count: bin.count,
        accuracy: bin.accuracy ?? 0,
        confidence: bin.meanConfidence ?? 0,
      })),
      perClass: m.perClass.map((c, i) => ({
        emotion: EMOTIONS[i]!,
        precision: c.precision,
        recall: c.recall,
        f1: c.f1,
        support: c.support,
      })),
      testSamples: labels.length,
      ...(tta === 'none'
        ? {}
        : {
            testTimeAugmentation: tta,
            accuracyWithoutTestTimeAugmentation: labels.length > 0 ? hitsWithout / labels.length : 0,
          }),
    },
    confusionMatrix: m.confusionMatrix,
    testPredictions,
  };
}
