import { EMOTIONS } from '@emolab/core/domain';
import { findModelsForComparison, type ComparableModel } from '@emolab/core/services';
import { mcnemarTest } from '@emolab/ml/evaluate';
import type { ApiDeps } from '../deps.js';

const SIGNIFICANCE = 0.05;

/** Paired test of b against a on the test samples both predicted. */
function comparePair(a: ComparableModel, b: ComparableModel) {
  const accuracyDelta = (b.model.accuracy ?? 0) - (a.model.accuracy ?? 0);
  const macroF1Delta = (b.model.macroF1 ?? 0) - (a.model.macroF1 ?? 0);
  const perClass = EMOTIONS.map((emotion, i) => {
    const ca = a.model.metrics?.perClass[i];
    const cb = b.model.metrics?.perClass[i];
    return { emotion, f1Delta: (cb?.f1 ?? 0) - (ca?.f1 ?? 0), recallDelta: (cb?.recall ?? 0) - (ca?.recall ?? 0) };
  });
  const bBySample = new Map(b.testPredictions.map(([id, truth, predicted]) => [id, predicted === truth]));
  const paired = a.testPredictions.filter(([id]) => bBySample.has(id));
  const sameTestSet = a.model.datasetVersionId === b.model.datasetVersionId && paired.length > 0;
  const base = { a: a.model.id, b: b.model.id, accuracyDelta, macroF1Delta, sameTestSet, perClass };
  if (!sameTestSet)
    return {
      ...base,
      onlyACorrect: null,
      onlyBCorrect: null,
      mcnemarStatistic: null,
      mcnemarPValue: null,
      significant: null,
    };
  const test = mcnemarTest({
    aCorrect: paired.map(([, truth, predicted]) => predicted === truth),
    bCorrect: paired.map(([id]) => bBySample.get(id) ?? false),
  });
  return {
    ...base,
    onlyACorrect: test.b,
    onlyBCorrect: test.c,
    mcnemarStatistic: test.statistic,
    mcnemarPValue: test.pValue,
    significant: test.pValue < SIGNIFICANCE,
  };
}

/** Hyperparameters whose values differ between the models, in model order. */
function hyperparameterDiffs(models: ComparableModel[]) {
  const names = [...new Set(models.flatMap((m) => Object.keys(m.hyperparameters ?? {})))].sort();
  const value = (m: ComparableModel, name: string) =>
    (m.hyperparameters as Record<string, unknown> | null)?.[name] ?? null;
  return names
    .map((name) => ({ name, values: models.map((m) => value(m, name)) }))
    .filter((d) => new Set(d.values.map((v) => JSON.stringify(v))).size > 1);
}

/** 2 to 4 models side by side: every pair with deltas and McNemar's test, differing hyperparameters, learning curves. */
export async function compareModelVersions(input: { ids: string[] }, deps: ApiDeps) {
  const models = await findModelsForComparison(input, deps);
  const pairs = models.flatMap((a, i) => models.slice(i + 1).map((b) => comparePair(a, b)));
  return {
    models: models.map((m) => m.model),
    pairs,
    hyperparameterDiffs: hyperparameterDiffs(models),
    learningCurves: models.map((m) => ({ modelVersionId: m.model.id, epochs: m.epochs })),
  };
}
