import type { Emotion, EmotionScore, Modality, ModelVersion } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import { findModelVersion, getModelVersionIdForPrediction } from '@emolab/core/services';
import { imageToFaceFeatures } from '@emolab/ml/faces';
import { decodeAudio, InvalidInputError } from '@emolab/ml/preprocess';
import type { ApiDeps } from '../deps.js';
import { predictAudio } from './predict-audio.js';
import { predictFaces } from './predict-faces.js';

export interface PredictEmotionInput { modality: Modality; fileBase64: string; modelVersionId?: string | null; testTimeAugmentation?: boolean | null }

export interface FacePrediction { box: { x: number; y: number; width: number; height: number }; detectionScore: number; emotion: Emotion; confidence: number; scores: EmotionScore[] }
export interface WindowPrediction { startSeconds: number; endSeconds: number; emotion: Emotion; confidence: number; scores: EmotionScore[] }
/** A prediction as the GraphQL API returns it. */
export interface Prediction {
  emotion: Emotion; confidence: number; scores: EmotionScore[]; faces: FacePrediction[]; windows: WindowPrediction[];
  modelVersion: ModelVersion; latencyMs: number;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function decodeBase64(fileBase64: string, maxBytes: number): Uint8Array {
  const text = fileBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) throw new AppError('INVALID_INPUT', 'fileBase64 is not base64 data');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > maxBytes) throw new AppError('INVALID_INPUT', `The file is larger than the ${maxBytes} byte limit`);
  return bytes;
}

const asBadInput = (error: unknown): never => {
  throw error instanceof InvalidInputError ? new AppError('INVALID_INPUT', error.message, { cause: error }) : error;
};

/** Decodes the input (and finds the faces) before any model is touched, so bad input is reported as such even when no model exists. */
async function decodeInput(modality: Modality, bytes: Uint8Array) {
  try {
    return modality === 'AUDIO' ? { audio: decodeAudio(bytes) } : { faces: await imageToFaceFeatures(bytes) };
  } catch (error) {
    return asBadInput(error);
  }
}

/** Decodes the file, runs the chosen (or production) model and returns all 7 emotion probabilities. */
export async function predictEmotion(input: PredictEmotionInput, deps: ApiDeps): Promise<Prediction> {
  const started = performance.now();
  const bytes = decodeBase64(input.fileBase64, deps.config.EMOLAB_MAX_UPLOAD_BYTES);
  const decoded = await decodeInput(input.modality, bytes);
  const id = await getModelVersionIdForPrediction(input, deps);
  const [classifier, modelVersion] = await Promise.all([deps.models.get(id), findModelVersion({ id }, deps)]);
  if (!modelVersion) throw new AppError('NOT_FOUND', `Model version ${id} not found`);
  const result = decoded.audio
    ? { faces: [], ...(await predictAudio({ bytes, audio: decoded.audio }, classifier).catch(asBadInput)) }
    : await predictFaces(decoded.faces, classifier, { testTimeAugmentation: input.testTimeAugmentation !== false });
  return { ...result, modelVersion, latencyMs: performance.now() - started };
}
