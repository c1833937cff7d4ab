/** Precision, recall and F1 of one class, with its number of true samples. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Accuracy, macro-averaged F1, per-class metrics and the confusion matrix (rows = true, cols = predicted). */
export interface ClassificationMetrics {
  accuracy: number;
  /** Mean recall over the classes that have samples (scikit-learn's balanced_accuracy_score); 0 without samples. */
  balancedAccuracy: number;
  macroF1: number;
  perClass: ClassMetrics[];
  confusionMatrix: number[][];
}

/** Options for {@link classificationMetrics}. */
export interface ClassificationMetricsOptions {
  yTrue: readonly number[];
  yPred: readonly number[];
  numClasses: number;
}

/**
 * Scores predictions against truth. A ratio with a zero denominator counts as 0 (as
 * scikit-learn's zero_division=0); macroF1 averages over all numClasses classes.
 */
export function classificationMetrics(options: ClassificationMetricsOptions): ClassificationMetrics {
  const { yTrue, yPred, numClasses } = options;
  if (!(Number.isInteger(numClasses) && numClasses >= 1))
    throw new RangeError(`numClasses must be a positive integer, got ${numClasses}`);
  if (yTrue.length !== yPred.length)
    throw new RangeError(`yTrue has ${yTrue.length} labels but yPred has ${yPred.length}`);
  const confusionMatrix = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  yTrue.forEach((truth, i) => {
    const predicted = yPred[i] as number;
    for (const [name, value] of [
      ['yTrue', truth],
      ['yPred', predicted],
    ] as const) {
      if (!(Number.isInteger(value) && value >= 0 && value < numClasses)) {
        throw new RangeError(`${name}[${i}] must be an integer in [0, ${numClasses}), got ${value}`);
      }
    }
    const row = confusionMatrix[truth] as number[];
    row[predicted] = (row[predicted] as number) + 1;
  });
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  let correct = 0;
  const perClass = confusionMatrix.map((row, c) => {
    const truePositives = row[c] as number;
    correct += truePositives;
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = confusionMatrix.reduce((sum, r) => sum + (r[c] as number), 0);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const present = perClass.filter((m) => m.support > 0);
  return {
    accuracy: ratio(correct, yTrue.length),
    balancedAccuracy: ratio(
      present.reduce((sum, m) => sum + m.recall, 0),
      present.length,
    ),
    macroF1: perClass.reduce((sum, m) => sum + m.f1, 0) / numClasses,
    perClass,
    confusionMatrix,
  };
}
