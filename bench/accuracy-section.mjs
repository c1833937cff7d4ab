import * as tf from '@tensorflow/tfjs';
import { backendLabel, defaultTrainingWorkers } from '@emolab/ml/backend';
// Recipe accuracies on the real datasets (FER2013 test split; TESS word-disjoint and speaker-independent).
import { RECIPES } from '@emolab/core/domain';
import { loadAverage } from './machine-info.mjs';
import { loadFer } from './load-fer.mjs';
import { loadTess, speakerSplit, wordDisjointSplit } from './load-tess.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadClassifier } from '@emolab/ml/models';
import { generalisationSection } from './generalisation.mjs';
import { join } from 'node:path';
import { libraryBaselines, openLibraryModels, predictBatched } from './library-baselines.mjs';
import { confusionMatrixSvg, learningCurvesSvg } from './plot-svg.mjs';
import { trainAndScore } from './recipe-training.mjs';

/** Budgets from the issues: fer-fast 15 min, fer-best 90 min, fer-max up to 8 h, tess-fast 5 min of training. */
const BUDGET_SECONDS = { 'fer-fast': 15 * 60, 'fer-best': 90 * 60, 'fer-max': 8 * 3600, 'tess-fast': 5 * 60 };

/** tess-fast on TESS: word-disjoint split and both speaker-independent directions. */
export async function tessSection({ datasetsDir, log }) {
  const results = [];
  const tess = loadTess(datasetsDir);
  log(
    `TESS: ${tess.clips.length} clips featurised in ${tess.seconds.toFixed(1)} s${tess.cached ? ' (cached features)' : ''}`,
  );
  const splits = [
    ['word-disjoint', wordDisjointSplit(tess.clips)],
    ['speaker-independent (train OAF, test YAF)', speakerSplit(tess.clips, 'OAF')],
    ['speaker-independent (train YAF, test OAF)', speakerSplit(tess.clips, 'YAF')],
  ];
  for (const [split, data] of splits) {
    const load = loadAverage();
    const measuredAt = new Date().toISOString();
    const score = await trainAndScore({ recipeName: 'tess-fast', ...data, budgetSeconds: BUDGET_SECONDS['tess-fast'] });
    results.push({
      recipe: 'tess-fast',
      version: RECIPES['tess-fast'].version,
      dataset: `TESS ${split}`,
      load,
      measuredAt,
      ...score,
    });
    log(`tess-fast ${split}: ${JSON.stringify(score)}`);
  }
  return results;
}

/**
 * One FER recipe on the FER2013 test split, with the trainer's default workers and the recipe's
 * time budget (`noBudget`: every epoch, however long). fer-best and fer-max keep a checkpoint
 * under the bench cache, so a run cut short (a session's end) resumes where it stopped.
 */
export async function ferSection({ datasetsDir, recipeName, noBudget, log, cacheDir }) {
  const train = await loadFer(datasetsDir, 'train');
  const test = await loadFer(datasetsDir, 'test');
  const load = loadAverage();
  const measuredAt = new Date().toISOString();
  const checkpointFile =
    recipeName === 'fer-fast' ? undefined : join(cacheDir, `${recipeName}-v${RECIPES[recipeName].version}.checkpoint`);
  const score = await trainAndScore({
    recipeName,
    train,
    test,
    workers: defaultTrainingWorkers(),
    budgetSeconds: noBudget ? Infinity : BUDGET_SECONDS[recipeName],
    checkpointFile,
    log,
  });
  log(
    `${recipeName}: ${JSON.stringify({ ...score, modelBytes: undefined, curve: undefined, confusionMatrix: undefined, perClass: undefined, ttaModes: undefined })}`,
  );
  writePlots(recipeName, score);
  if (score.modelBytes) writeFileSync(join(cacheDir, `${recipeName}-model.bin`), score.modelBytes);
  delete score.modelBytes;
  return [
    {
      recipe: recipeName,
      version: RECIPES[recipeName].version,
      dataset: 'FER2013 test (PublicTest)',
      backend: backendLabel(tf.getBackend()),
      load,
      measuredAt,
      ...score,
    },
  ];
}

/** The learning curves and confusion matrix BENCHMARKS.md shows for a FER recipe. */
function writePlots(recipeName, score) {
  const dir = new URL('./plots/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    new URL(`${recipeName}-curves.svg`, dir),
    learningCurvesSvg(
      [{ name: recipeName, curve: score.curve }],
      `${recipeName} v${RECIPES[recipeName].version}: accuracy per epoch`,
    ),
  );
  writeFileSync(
    new URL(`${recipeName}-confusion.svg`, dir),
    confusionMatrixSvg(
      score.confusionMatrix,
      `${recipeName} v${RECIPES[recipeName].version} on FER2013 PublicTest (${(score.accuracy * 100).toFixed(1)}%)`,
    ),
  );
}

/**
 * The last benchmarked fer-fast and fer-best models (saved by their sections) and both libraries on
 * every fourth FER2013 test image under distribution shifts and through the photo path.
 */
export async function generalisationRun({ datasetsDir, cacheDir, log }) {
  const all = await loadFer(datasetsDir, 'test');
  const keep = all.labels.map((_, i) => i).filter((i) => i % 4 === 0);
  const test = { features: keep.map((i) => all.features[i]), labels: keep.map((i) => all.labels[i]) };
  const ours = [];
  for (const recipe of ['fer-fast', 'fer-best']) {
    const file = join(cacheDir, `${recipe}-model.bin`);
    if (!existsSync(file)) continue;
    const classifier = await loadClassifier(new Uint8Array(readFileSync(file)));
    ours.push({
      name: `${recipe} v${RECIPES[recipe].version}`,
      predict: (images) => classifier.predict(images),
      dispose: () => classifier.dispose(),
    });
  }
  const libraries = (await openLibraryModels()).map((m) => ({
    name: m.name,
    predict: (images) => predictBatched(m, images),
    dispose: () => m.dispose(),
  }));
  const models = [...ours, ...libraries];
  try {
    return { images: test.labels.length, rows: await generalisationSection({ models, test, log }) };
  } finally {
    models.forEach((m) => m.dispose());
  }
}

/** The libraries' own emotion models on the same test images as the recipes. */
export async function librariesSection({ datasetsDir, log }) {
  const test = await loadFer(datasetsDir, 'test');
  const load = loadAverage();
  return (await libraryBaselines({ test, log })).map((row) => ({ ...row, load }));
}

/** 1 vs 2 workers: same recipe, data and seeds, so any accuracy gap beyond the seed spread would be the data parallelism. */
const PARITY = { recipe: 'fer-fast', everyNth: 2, epochs: 4, seeds: [42, 7] };

/**
 * fer-fast on every 2nd FER2013 train image (stratified: the cache is in class-folder order) for 4
 * epochs, with 1 and with 2 workers, 2 seeds each, scored on the whole test split.
 */
export async function workersSection({ datasetsDir, log }) {
  const all = await loadFer(datasetsDir, 'train');
  const keep = (_, i) => i % PARITY.everyNth === 0;
  const train = { features: all.features.filter(keep), labels: all.labels.filter(keep) };
  const test = await loadFer(datasetsDir, 'test');
  const results = [];
  for (const seed of PARITY.seeds) {
    for (const workers of [1, 2]) {
      const load = loadAverage();
      const score = await trainAndScore({
        recipeName: PARITY.recipe,
        train,
        test,
        workers,
        overrides: { epochs: PARITY.epochs, seed },
        log,
      });
      const imagesPerSecond = (train.labels.length * score.epochs) / score.trainingSeconds;
      results.push({
        recipe: PARITY.recipe,
        everyNth: PARITY.everyNth,
        trainImages: train.labels.length,
        workers,
        seed,
        load,
        imagesPerSecond,
        ...score,
        modelBytes: undefined,
      });
      log(`workers ${workers} seed ${seed}: ${JSON.stringify({ accuracy: score.accuracy, imagesPerSecond })}`);
    }
  }
  return results;
}

/** f32 vs bf16 convolutions: the same network, data and seeds, so a gap beyond the seed spread would be bf16's. */
const PRECISION = { recipe: 'fer-fast', preset: 'vgg48-bn', everyNth: 2, epochs: 4, seeds: [42, 7] };

/**
 * vgg48-bn (fer-fast v6's network) with fer-fast's training recipe on every 2nd FER2013 train image for 4 epochs, with the
 * oneDNN convolutions in f32 and in bf16 (EMOLAB_NATIVE_BF16), 2 seeds each, the trainer's default workers, scored on the test split.
 */
export async function precisionSection({ datasetsDir, log }) {
  const { nativePrecision, registerNativeKernels } = await import('@emolab/ml/backend');
  const before = nativePrecision();
  const all = await loadFer(datasetsDir, 'train');
  const keep = (_, i) => i % PRECISION.everyNth === 0;
  const train = { features: all.features.filter(keep), labels: all.labels.filter(keep) };
  const test = await loadFer(datasetsDir, 'test');
  const results = [];
  try {
    for (const seed of PRECISION.seeds) {
      for (const precision of ['f32', 'bf16']) {
        // The main thread's kernels switch here; workers start with the same precision.
        if (!registerNativeKernels({ precision })) return [{ error: 'oneDNN kernels unavailable' }];
        const load = loadAverage();
        const score = await trainAndScore({
          recipeName: PRECISION.recipe,
          train,
          test,
          workers: defaultTrainingWorkers(),
          overrides: { epochs: PRECISION.epochs, seed, network: { preset: PRECISION.preset } },
          log,
        });
        const imagesPerSecond = (train.labels.length * score.epochs) / score.trainingSeconds;
        // modelBytes: four saved models would overflow the cached JSON (only fer sections keep theirs, as files).
        results.push({
          ...PRECISION,
          seeds: undefined,
          trainImages: train.labels.length,
          precision,
          seed,
          load,
          imagesPerSecond,
          ...score,
          modelBytes: undefined,
        });
        log(`precision ${precision} seed ${seed}: ${JSON.stringify({ accuracy: score.accuracy, imagesPerSecond })}`);
      }
    }
  } finally {
    registerNativeKernels({ precision: before });
  }
  return results;
}
