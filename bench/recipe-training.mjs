// Trains a recipe's defaults the way apps/trainer does and scores the model on a held-out test set.
import { RECIPES } from '@emolab/core/domain';
import { createImageAugmenter } from '@emolab/ml/augment';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';
import { trainClassifier } from '@emolab/ml/train';

/** trainClassifier options from a recipe's hyperparameters (as train-model.job.ts builds them, without validation). */
export function recipeOptions(recipeName, { workers = 1 } = {}) {
  const recipe = RECIPES[recipeName];
  const hp = recipe.defaults;
  const image = recipe.modality === 'IMAGE';
  return {
    modality: image ? 'image' : 'audio',
    epochs: hp.epochs,
    batchSize: hp.batchSize,
    learningRate: hp.learningRate,
    seed: hp.seed,
    learningRateSchedule: hp.learningRateSchedule === 'cosine' ? { kind: 'cosine', warmupEpochs: Math.min(1, hp.epochs - 1) } : { kind: 'constant' },
    network: image ? { preset: hp.modelSize === 'large' ? 'cnn-large' : 'cnn-small' } : undefined,
    labelSmoothing: hp.labelSmoothing,
    classWeights: hp.classWeighting ? 'balanced' : undefined,
    augment: image && hp.augmentation ? createImageAugmenter() : undefined,
    workers: image ? workers : 1,
  };
}

/**
 * Trains `recipeName` on `train`, stopping early once `budgetSeconds` of training have passed
 * (then the model keeps its weights at that point), and scores it on `test`.
 */
export async function trainAndScore({ recipeName, train, test, workers, budgetSeconds = Infinity, log = () => {} }) {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const { classifier, history, stopped } = await trainClassifier({
    ...recipeOptions(recipeName, { workers }),
    train,
    shouldStop: () => elapsed() > budgetSeconds,
    onEpochEnd: (m) => log(`  ${recipeName} epoch ${m.epoch}: loss ${m.loss.toFixed(3)} acc ${m.accuracy.toFixed(3)} ${m.samplesPerSecond.toFixed(0)} samples/s (${elapsed().toFixed(0)} s)`),
  });
  const trainingSeconds = elapsed();
  try {
    const rows = await classifier.predict(test.features);
    const metrics = classificationMetrics({ yTrue: test.labels, yPred: rows.map(argmax), numClasses: 7 });
    return { accuracy: metrics.accuracy, macroF1: metrics.macroF1, trainingSeconds, epochs: history.length, stoppedByBudget: stopped, epochSeconds: history.map((m) => Math.round((train.labels.length / m.samplesPerSecond) * 10) / 10) };
  } finally {
    classifier.dispose();
  }
}
