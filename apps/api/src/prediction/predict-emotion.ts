import { AppError } from '@emolab/core/errors';
import { findModelVersion, getModelVersionIdForPrediction } from '@emolab/core/services';
import { decodeInput } from '@emolab/ml/predict';
import { InvalidInputError } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';
import { decodeBase64 } from './decode-base64.js';
import type { PredictInput, ResolversParentTypes } from '../graphql/generated/resolvers-types.js';
import { toPrediction } from './to-prediction.js';

/** A prediction as the GraphQL API returns it (its model version as the domain object the resolvers map). */
export type Prediction = ResolversParentTypes['Prediction'];

const asBadInput = (error: unknown): never => {
  throw error instanceof InvalidInputError ? new AppError('INVALID_INPUT', error.message, { cause: error }) : error;
};

/**
 * Decodes the file (and finds the faces) before any model is touched, so bad input is reported as
 * such even when no model exists; then runs the chosen (or production) model's predictor.
 */
export async function predictEmotion(input: PredictInput, deps: ApiDeps): Promise<Prediction> {
  const started = performance.now();
  const bytes = decodeBase64(input.fileBase64, deps.config.EMOLAB_MAX_UPLOAD_BYTES);
  const decoded = await decodeInput(input.modality === 'AUDIO' ? 'audio' : 'image', bytes).catch(asBadInput);
  const id = await getModelVersionIdForPrediction(input, deps);
  const [predictor, modelVersion] = await Promise.all([deps.models.get(id), findModelVersion({ id }, deps)]);
  if (!modelVersion) throw new AppError('NOT_FOUND', `Model version ${id} not found`);
  const options = { testTimeAugmentation: input.testTimeAugmentation !== false };
  const result = await predictor.predict(decoded, options).catch(asBadInput);
  return { ...toPrediction(result, predictor.labels), modelVersion, latencyMs: performance.now() - started };
}
