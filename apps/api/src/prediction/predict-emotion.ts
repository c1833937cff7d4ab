import { EMOTIONS, type Emotion, type EmotionScore, type Modality, type ModelVersion } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import { findModelVersion, getModelVersionIdForPrediction } from '@emolab/core/services';
import { bytesToFeatures, InvalidInputError } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';

export interface PredictEmotionInput { modality: Modality; fileBase64: string; modelVersionId?: string | null }

/** A prediction as the GraphQL API returns it. */
export interface Prediction { emotion: Emotion; confidence: number; scores: EmotionScore[]; modelVersion: ModelVersion; latencyMs: number }

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function decodeBase64(fileBase64: string, maxBytes: number): Uint8Array {
  const text = fileBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) throw new AppError('INVALID_INPUT', 'fileBase64 is not base64 data');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > maxBytes) throw new AppError('INVALID_INPUT', `The file is larger than the ${maxBytes} byte limit`);
  return bytes;
}

/** Decodes the file, runs the chosen (or production) model and returns all 7 emotion probabilities. */
export async function predictEmotion(input: PredictEmotionInput, deps: ApiDeps): Promise<Prediction> {
  const started = performance.now();
  const bytes = decodeBase64(input.fileBase64, deps.config.EMOLAB_MAX_UPLOAD_BYTES);
  // Bad input is reported as such even before any model exists.
  const features = await bytesToFeatures(input.modality === 'IMAGE' ? 'image' : 'audio', bytes).catch((error: unknown) => {
    throw error instanceof InvalidInputError ? new AppError('INVALID_INPUT', error.message, { cause: error }) : error;
  });
  const id = await getModelVersionIdForPrediction(input, deps);
  const [classifier, modelVersion] = await Promise.all([deps.models.get(id), findModelVersion({ id }, deps)]);
  if (!modelVersion) throw new AppError('NOT_FOUND', `Model version ${id} not found`);
  const [probabilities = []] = await classifier.predict([features]);
  const byLabel = new Map(classifier.labels.map((label, i) => [label.toUpperCase(), probabilities[i] ?? 0]));
  const total = EMOTIONS.reduce((sum, e) => sum + (byLabel.get(e) ?? 0), 0) || 1;
  const scores = EMOTIONS.map((emotion) => ({ emotion, probability: (byLabel.get(emotion) ?? 0) / total }));
  const best = scores.reduce((a, b) => (b.probability > a.probability ? b : a));
  return { emotion: best.emotion, confidence: best.probability, scores, modelVersion, latencyMs: performance.now() - started };
}
