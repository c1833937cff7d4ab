/** 'balanced' or 'sqrt-balanced' (from label counts), or one explicit loss weight per class. */
export type ClassWeighting = 'balanced' | 'sqrt-balanced' | readonly number[];

/** Options for {@link resolveClassWeights}. */
export interface ResolveClassWeightsOptions {
  classWeights?: ClassWeighting;
  /** Training samples per class (required for 'balanced' and 'sqrt-balanced'). */
  labelCounts?: readonly number[];
  numClasses: number;
}

/**
 * Per-class loss weights, or undefined for none. 'balanced' gives class c the weight
 * total / (classesPresent * count[c]) as scikit-learn does (so the mean weight per sample is 1),
 * and 0 to classes without samples. 'sqrt-balanced' gives the square root of that, normalised
 * the same way: a rare class (FER2013's disgust, 1.5% of the images) gains recall without the
 * ~9x weight that costs the common classes accuracy.
 */
export function resolveClassWeights(options: ResolveClassWeightsOptions): number[] | undefined {
  const { classWeights, labelCounts, numClasses } = options;
  if (classWeights === undefined) return undefined;
  if (classWeights === 'balanced' || classWeights === 'sqrt-balanced') {
    if (!labelCounts)
      throw new RangeError(
        `classWeights: '${classWeights}' needs the counts of a streaming train source (train.labelCounts)`,
      );
    const counts = Array.from({ length: numClasses }, (_, c) => labelCounts[c] ?? 0);
    if (counts.some((n) => !(Number.isInteger(n) && n >= 0)))
      throw new RangeError('train.labelCounts must hold non-negative integers');
    const total = counts.reduce((a, b) => a + b, 0);
    const present = counts.filter((n) => n > 0).length;
    if (present === 0) throw new RangeError('train.labelCounts counts no samples');
    const balanced = counts.map((n) => (n === 0 ? 0 : total / (present * n)));
    if (classWeights === 'balanced') return balanced;
    // Rescaled so the mean weight per training sample stays 1, as with 'balanced'.
    const rooted = balanced.map(Math.sqrt);
    const mean = rooted.reduce((sum, w, c) => sum + w * (counts[c] as number), 0) / total;
    return rooted.map((w) => w / mean);
  }
  if (!Array.isArray(classWeights) || classWeights.length !== numClasses) {
    throw new RangeError(`classWeights must be 'balanced', 'sqrt-balanced' or ${numClasses} numbers`);
  }
  classWeights.forEach((w, c) => {
    if (!(w >= 0 && Number.isFinite(w)))
      throw new RangeError(`classWeights[${c}] must be a finite non-negative number, got ${w}`);
  });
  if (!classWeights.some((w) => w > 0)) throw new RangeError('classWeights must give some class a positive weight');
  return [...classWeights];
}
