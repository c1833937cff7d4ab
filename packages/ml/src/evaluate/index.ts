/** Accuracy, macro F1, per-class precision/recall/F1/support and the confusion matrix (rows = true). */
export {
  classificationMetrics,
  type ClassificationMetrics,
  type ClassificationMetricsOptions,
  type ClassMetrics,
} from './classification-metrics.js';
/** Index of the largest value in a row (first on ties). */
export { argmax } from './argmax.js';
