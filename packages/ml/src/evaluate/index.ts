/** Accuracy, balanced accuracy, macro F1, per-class precision/recall/F1/support and the confusion matrix (rows = true). */
export {
  classificationMetrics,
  type ClassificationMetrics,
  type ClassificationMetricsOptions,
  type ClassMetrics,
} from './classification-metrics.js';
/** Index of the largest value in a row (first on ties). */
export { argmax } from './argmax.js';
/** Every metric of classificationMetrics plus top-2 accuracy, log loss, ECE/MCE and reliability bins, from probability rows. */
export {
  evaluateProbabilities,
  type EvaluateProbabilitiesOptions,
  type ProbabilityEvaluation,
} from './evaluate-probabilities.js';
/** Probability rows with their true labels, as the evaluation helpers take them. */
export type { LabelledProbabilities } from './validate-probabilities.js';
/** Share of samples whose label is among the k most probable classes. */
export { topKAccuracy, type TopKAccuracyOptions } from './top-k-accuracy.js';
/** Expected and maximum calibration error with equal-width confidence bins for plotting. */
export {
  reliabilityDiagram,
  type ReliabilityBin,
  type ReliabilityDiagram,
  type ReliabilityDiagramOptions,
} from './reliability-diagram.js';
/** McNemar's test on two classifiers' per-sample correctness (exact binomial or continuity-corrected chi-squared). */
export { mcnemarTest, type McNemarResult, type McNemarTestOptions } from './mcnemar-test.js';
