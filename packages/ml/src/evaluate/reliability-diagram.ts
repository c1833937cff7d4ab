import { argmax } from './argmax.js';
import { validateProbabilities, type LabelledProbabilities } from './validate-probabilities.js';

/** One equal-width confidence bin (lower, upper]; mean confidence and accuracy are null when it is empty. */
export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

/** Calibration of the top prediction: ECE, MCE and the bins behind them. */
export interface ReliabilityDiagram {
  /** Sum over bins of (count / n) * |accuracy - meanConfidence|. */
  expectedCalibrationError: number;
  /** Largest |accuracy - meanConfidence| over non-empty bins. */
  maxCalibrationError: number;
  bins: ReliabilityBin[];
}

/** Options for {@link reliabilityDiagram}. */
export interface ReliabilityDiagramOptions extends LabelledProbabilities {
  /** Equal-width bins over [0, 1] (default 15). */
  bins?: number;
}

/** Index of the bin (i/B, (i+1)/B] holding `confidence`, comparing against the same boundaries as the output. */
function binOf(confidence: number, bins: number): number {
  let b = Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1));
  if (b > 0 && confidence <= b / bins) b -= 1;
  else if (b < bins - 1 && confidence > (b + 1) / bins) b += 1;
  return b;
}

/**
 * Bins samples by the probability of their predicted class (argmax) into equal-width bins
 * (lower, upper] (a confidence of 0 joins the first) and compares each bin's mean confidence
 * with its accuracy, as Guo et al. (2017) define expected calibration error.
 */
export function reliabilityDiagram(options: ReliabilityDiagramOptions): ReliabilityDiagram {
  const { probabilities, labels, bins = 15 } = options;
  validateProbabilities(options);
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const counts = new Array<number>(bins).fill(0);
  const confidenceSums = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  probabilities.forEach((row, i) => {
    const predicted = argmax(row);
    const confidence = row[predicted] as number;
    const b = binOf(confidence, bins);
    counts[b] = (counts[b] as number) + 1;
    confidenceSums[b] = (confidenceSums[b] as number) + confidence;
    if (predicted === labels[i]) hits[b] = (hits[b] as number) + 1;
  });
  let ece = 0;
  let mce = 0;
  const out = counts.map((count, b): ReliabilityBin => {
    const bin: ReliabilityBin = { lower: b / bins, upper: (b + 1) / bins, count, meanConfidence: null, accuracy: null };
    if (count === 0) return bin;
    bin.meanConfidence = (confidenceSums[b] as number) / count;
    bin.accuracy = (hits[b] as number) / count;
    const gap = Math.abs(bin.accuracy - bin.meanConfidence);
    ece += (count / labels.length) * gap;
    mce = Math.max(mce, gap);
    return bin;
  });
  return { expectedCalibrationError: ece, maxCalibrationError: mce, bins: out };
}
