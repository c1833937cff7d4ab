import { argmax } from './argmax.js';
import { classificationMetrics, type ClassificationMetrics } from './classification-metrics.js';
import { reliabilityDiagram, type ReliabilityBin } from './reliability-diagram.js';
import { topKAccuracy } from './top-k-accuracy.js';
import { validateProbabilities, type LabelledProbabilities } from './validate-probabilities.js';

/** Smallest probability a log loss term uses, so a confident miss costs a large but finite amount. */
const MIN_PROBABILITY = 1e-15;

/** Everything evaluateProbabilities reports. */
export interface ProbabilityEvaluation extends ClassificationMetrics {
  samples: number;
  /** Share of samples whose label is one of the two most probable classes. */
  top2Accuracy: number;
  /** Mean negative log probability of the true class (natural log; probabilities clipped at 1e-15). */
  logLoss: number;
  /** Expected calibration error of the top prediction over the reliability bins. */
  expectedCalibrationError: number;
  /** Largest calibration gap of a non-empty bin. */
  maxCalibrationError: number;
  /** Equal-width confidence bins for a reliability diagram. */
  reliability: ReliabilityBin[];
}

/** Options for {@link evaluateProbabilities}. */
export interface EvaluateProbabilitiesOptions extends LabelledProbabilities {
  /** Reliability bins (default 15). */
  bins?: number;
}

/**
 * Scores predicted probabilities against labels in one pass: accuracy, balanced accuracy, macro F1,
 * per-class precision/recall/F1/support, confusion matrix (rows = true), top-2 accuracy, log loss,
 * and calibration (ECE, MCE, reliability bins). Predictions are each row's argmax.
 */
export function evaluateProbabilities(options: EvaluateProbabilitiesOptions): ProbabilityEvaluation {
  const { probabilities, labels, bins = 15 } = options;
  const numClasses = validateProbabilities(options);
  const metrics = classificationMetrics({
    yTrue: labels,
    yPred: probabilities.map((row) => argmax(row)),
    numClasses: Math.max(1, numClasses),
  });
  const calibration = reliabilityDiagram({ probabilities, labels, bins });
  const logLossSum = probabilities.reduce(
    (sum, row, i) => sum - Math.log(Math.max(MIN_PROBABILITY, row[labels[i] as number] as number)),
    0,
  );
  return {
    ...metrics,
    samples: labels.length,
    top2Accuracy: topKAccuracy({ probabilities, labels, k: 2 }),
    logLoss: labels.length === 0 ? 0 : logLossSum / labels.length,
    expectedCalibrationError: calibration.expectedCalibrationError,
    maxCalibrationError: calibration.maxCalibrationError,
    reliability: calibration.bins,
  };
}
