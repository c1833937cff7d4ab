/** A predictor over a classifier: preprocessing chosen from the model's record, decode once, predict one or many inputs. */
export { createPredictor } from './create-predictor.js';
/** Restores serialised model bytes as a predictor whose concurrent calls share batched model calls. */
export { loadPredictor } from './load-predictor.js';
/** The predictor contract, its inputs and its results in the model's own terms. */
export type { FacePrediction, Predictor, PredictorInput, PredictorResult, WindowPrediction } from './predictor.js';
/** Decodes upload bytes (faces of an image, samples of a recording) before any model is loaded. */
export { decodeInput, type DecodedInput } from './decode-input.js';
/** The feature options (MFCC or log-mel config) a classifier's recorded preprocessing asks for. */
export { featureOptionsOf } from './feature-options-of.js';
/** Per-call choices: testTimeAugmentation (default: the model's own). */
export type { PredictOptions } from '../models/classifier.js';
