import {
  batchConcurrentPredictions,
  type BatchConcurrentPredictionsOptions,
} from '../models/batch-concurrent-predictions.js';
import { loadClassifier } from '../models/load-classifier.js';
import { createPredictor } from './create-predictor.js';
import type { Predictor } from './predictor.js';

/**
 * Restores a serialised model as a predictor for serving (call initBackend first): concurrent
 * predict calls share batched model calls. Bad bytes throw InvalidInputError.
 */
export async function loadPredictor(
  bytes: Uint8Array,
  options: BatchConcurrentPredictionsOptions = {},
): Promise<Predictor> {
  return createPredictor(batchConcurrentPredictions(await loadClassifier(bytes), options));
}
