// Trains a recipe's defaults the way apps/trainer does (same options, 10% of train held out for
// validation and best-epoch selection) and scores the model on a held-out test set.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { RECIPES, recipeHyperparameters, resolveHyperparameters } from '@emolab/core/domain';
import { argmax, classificationMetrics } from '@emolab/ml/evaluate';
import { LayersClassifier, serializeClassifier, TEST_TIME_AUGMENTATIONS } from '@emolab/ml/models';
import { trainClassifier } from '@emolab/ml/train';
import { recipeTrainingOptions } from '../apps/trainer/dist/jobs/recipe-training-options.js';

/** trainClassifier options from a recipe's hyperparameters, through the trainer's own mapping. */
export function recipeOptions(recipeName, { workers = 1 } = {}) {
  const recipe = RECIPES[recipeName];
  const modality = recipe.modality === 'IMAGE' ? 'image' : 'audio';
  const hyperparameters = resolveHyperparameters(recipeHyperparameters(recipe), recipe.modality);
  return { modality, ...recipeTrainingOptions(hyperparameters, modality), workers: modality === 'image' ? workers : 1 };
}

/** As the trainer splits: a stable tenth (by a hash of the position, so spread over every class folder) validates instead of training. */
export function holdOutValidation(set) {
  const train = { features: [], labels: [] };
  const validation = { features: [], labels: [] };
  set.features.forEach((features, i) => {
    const target = (Math.imul(i + 1, 2654435761) >>> 0) % 10 === 0 ? validation : train;
    target.features.push(features);
    target.labels.push(set.labels[i]);
  });
  return { train, validation };
}

/** The same weights under every test-time augmentation, with what each costs (test images/s, batches of 64 as the API batches). */
async function scoreEveryTta(classifier, test) {
  const rows = [];
  for (const mode of TEST_TIME_AUGMENTATIONS) {
    // Shares the trained model; only the recorded preprocessing differs, so it is not disposed here.
    const view = new LayersClassifier({
      model: classifier.model,
      modality: 'image',
      labels: classifier.labels,
      architecture: classifier.architecture,
      preprocessing: { ...classifier.preprocessing, testTimeAugmentation: mode },
    });
    const started = performance.now();
    const predictions = [];
    for (let i = 0; i < test.features.length; i += 64)
      predictions.push(...(await view.predict(test.features.slice(i, i + 64))));
    const seconds = (performance.now() - started) / 1000;
    const m = metricsOf(test.labels, predictions);
    rows.push({ mode, accuracy: m.accuracy, macroF1: m.macroF1, imagesPerSecond: test.labels.length / seconds });
  }
  return rows;
}

const metricsOf = (labels, rows) => classificationMetrics({ yTrue: labels, yPred: rows.map(argmax), numClasses: 7 });

/**
 * Trains `recipeName` on `train` (less its validation tenth, unless `holdOut` is false), stopping
 * once `budgetSeconds` of training have passed (the model then keeps its best epoch so far), and
 * scores it on `test` as predict serves it (with the model's test-time augmentation) and without.
 * `overrides` replace trainClassifier options (epochs, seed) for shortened comparisons. With
 * `checkpointFile`, every epoch's checkpoint is written there (with the training seconds so far
 * beside it) and a later call continues from it, as the trainer resumes a retried run: a
 * recipe longer than one sitting trains in chunks.
 */
export async function trainAndScore({
  recipeName,
  train,
  test,
  workers,
  overrides = {},
  budgetSeconds = Infinity,
  holdOut = true,
  checkpointFile,
  log = () => {},
}) {
  const recipe = RECIPES[recipeName];
  const { train: fit, validation } = holdOut ? holdOutValidation(train) : { train, validation: undefined };
  const resumed = checkpointFile && existsSync(checkpointFile) && existsSync(`${checkpointFile}.json`);
  const secondsBefore = resumed ? JSON.parse(readFileSync(`${checkpointFile}.json`, 'utf8')).trainingSeconds : 0;
  if (resumed) log(`  ${recipeName}: resuming from ${checkpointFile} after ${secondsBefore.toFixed(0)} s of training`);
  const started = performance.now();
  const elapsed = () => secondsBefore + (performance.now() - started) / 1000;
  const saveCheckpoint = async (bytes) => {
    // Written beside and renamed, so a kill mid-write leaves the previous checkpoint whole.
    writeFileSync(`${checkpointFile}.tmp`, bytes);
    renameSync(`${checkpointFile}.tmp`, checkpointFile);
    writeFileSync(`${checkpointFile}.json`, JSON.stringify({ trainingSeconds: elapsed() }));
  };
  const patience = recipe.defaults.earlyStoppingPatience;
  const { classifier, history, stopped, bestEpoch } = await trainClassifier({
    ...recipeOptions(recipeName, { workers }),
    ...overrides,
    train: fit,
    validation,
    earlyStopping: validation && patience > 0 ? { patience, restoreBestWeights: true } : undefined,
    shouldStop: () => elapsed() > budgetSeconds,
    ...(checkpointFile
      ? { onCheckpoint: saveCheckpoint, resumeFrom: resumed ? new Uint8Array(readFileSync(checkpointFile)) : undefined }
      : {}),
    onEpochEnd: (m) =>
      log(
        `  ${recipeName} epoch ${m.epoch}: loss ${m.loss.toFixed(3)} train acc ${m.accuracy.toFixed(3)} val acc ${m.valAccuracy?.toFixed(3) ?? '-'} lr ${m.learningRate.toPrecision(3)} ${m.samplesPerSecond.toFixed(0)} samples/s (${elapsed().toFixed(0)} s)`,
      ),
  });
  const trainingSeconds = elapsed();
  try {
    const scoringStarted = performance.now();
    const served = metricsOf(test.labels, await classifier.predict(test.features));
    const scoringSeconds = (performance.now() - scoringStarted) / 1000;
    const tta = classifier.preprocessing.testTimeAugmentation ?? 'none';
    const plain =
      tta === 'none'
        ? served
        : metricsOf(test.labels, await classifier.predict(test.features, { testTimeAugmentation: false }));
    const ttaModes = classifier.modality === 'image' ? await scoreEveryTta(classifier, test) : undefined;
    const modelBytes = classifier.modality === 'image' ? await serializeClassifier(classifier) : undefined;
    return {
      modelBytes,
      accuracy: served.accuracy,
      macroF1: served.macroF1,
      testTimeAugmentation: tta,
      accuracyWithoutTta: plain.accuracy,
      macroF1WithoutTta: plain.macroF1,
      ttaModes,
      perClass: served.perClass.map((c) => ({
        precision: c.precision,
        recall: c.recall,
        f1: c.f1,
        support: c.support,
      })),
      confusionMatrix: served.confusionMatrix,
      trainingSeconds,
      testImagesPerSecond: test.labels.length / scoringSeconds,
      epochs: history.length,
      bestEpoch: bestEpoch ?? history.length,
      stoppedByBudget: stopped,
      trainSamples: fit.labels.length,
      validationSamples: validation?.labels.length ?? 0,
      curve: history.map((m) => ({
        epoch: m.epoch,
        loss: m.loss,
        accuracy: m.accuracy,
        valAccuracy: m.valAccuracy ?? null,
        learningRate: m.learningRate,
        seconds: fit.labels.length / m.samplesPerSecond,
      })),
      epochSeconds: history.map((m) => Math.round((fit.labels.length / m.samplesPerSecond) * 10) / 10),
    };
  } finally {
    classifier.dispose();
  }
}
