/** Labelled probability rows, as classifier.predict returns them. */
export interface LabelledProbabilities {
  /** One row per sample, one probability per class. */
  probabilities: readonly (readonly number[])[];
  /** True class index per sample. */
  labels: readonly number[];
}

/** Checks rows and labels (naming the first bad one) and returns the number of classes. */
export function validateProbabilities(options: LabelledProbabilities): number {
  const { probabilities, labels } = options;
  if (probabilities.length !== labels.length)
    throw new RangeError(`probabilities has ${probabilities.length} rows but labels has ${labels.length}`);
  const numClasses = probabilities[0]?.length ?? 0;
  probabilities.forEach((row, i) => {
    if (row.length !== numClasses)
      throw new RangeError(`probabilities[${i}] has ${row.length} values; expected ${numClasses}`);
    if (row.some((p) => !(p >= 0 && p <= 1))) throw new RangeError(`probabilities[${i}] must hold numbers in [0, 1]`);
    const label = labels[i] as number;
    if (!(Number.isInteger(label) && label >= 0 && label < numClasses)) {
      throw new RangeError(`labels[${i}] must be an integer in [0, ${numClasses}), got ${label}`);
    }
  });
  return numClasses;
}
