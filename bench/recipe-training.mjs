// Trains a recipe's defaults the way apps/trainer does and scores the model on a held-out test set.
import { RECIPES, imageNetworkOf } from '@emolab/core/domain';
import { createImageAugmenter, onlyAugmentations } from '@emolab/ml/augment';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';
import { LayersClassifier, SOFT_TRAINING_BLUR } from '@emolab/ml/models';
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
    network: image ? { preset: imageNetworkOf(hp, recipe) } : undefined,
    labelSmoothing: hp.labelSmoothing,
    classWeights: hp.classWeighting ? 'balanced' : undefined,
    augment: image && hp.augmentation ? createImageAugmenter(hp.augmentations ? onlyAugmentations(hp.augmentations) : {}) : undefined,
    workers: image ? workers : 1,
  };
}

/**
 * Trains `recipeName` on `train`, stopping early once `budgetSeconds` of training have passed
 * (then the model keeps its weights at that point), and scores it on `test`. `overrides` replace
 * trainClassifier options (epochs, seed) for shortened comparisons.
 */
export async function trainAndScore({ recipeName, train, test, workers, overrides = {}, budgetSeconds = Infinity, log = () => {} }) {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const { classifier, history, stopped } = await trainClassifier({
    ...recipeOptions(recipeName, { workers }),
    ...overrides,
    train,
    shouldStop: () => elapsed() > budgetSeconds,
    onEpochEnd: (m) => log(`  ${recipeName} epoch ${m.epoch}: loss ${m.loss.toFixed(3)} acc ${m.accuracy.toFixed(3)} ${m.samplesPerSecond.toFixed(0)} samples/s (${elapsed().toFixed(0)} s)`),
  });
  const trainingSeconds = elapsed();
  const score = async (c) => classificationMetrics({ yTrue: test.labels, yPred: (await c.predict(test.features)).map(argmax), numClasses: 7 });
  try {
    const metrics = await score(classifier);
    const result = { accuracy: metrics.accuracy, macroF1: metrics.macroF1, trainingSeconds, epochs: history.length, stoppedByBudget: stopped, epochSeconds: history.map((m) => Math.round((train.labels.length / m.samplesPerSecond) * 10) / 10) };
    const { trainingBlurSigma, ...sharpPreprocessing } = classifier.preprocessing;
    if (!(trainingBlurSigma >= SOFT_TRAINING_BLUR)) return result;
    // The same weights fed the test images as they are: what matching the training blur is worth.
    const unmatched = new LayersClassifier({ model: classifier.model, modality: classifier.modality, labels: classifier.labels, architecture: classifier.architecture, preprocessing: sharpPreprocessing });
    return { ...result, inputBlurSigma: trainingBlurSigma, accuracyWithoutBlurMatch: (await score(unmatched)).accuracy };
  } finally {
    classifier.dispose();
  }
}
