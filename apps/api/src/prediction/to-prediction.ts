import type { Emotion, EmotionScore } from '@emolab/core/domain';
import { AppError } from '@emolab/core/errors';
import type { PredictorResult } from '@emolab/ml/predict';
import { toScores } from './to-scores.js';

export interface FacePrediction {
  box: { x: number; y: number; width: number; height: number };
  detectionScore: number;
  emotion: Emotion;
  confidence: number;
  scores: EmotionScore[];
}
export interface WindowPrediction {
  startSeconds: number;
  endSeconds: number;
  emotion: Emotion;
  confidence: number;
  scores: EmotionScore[];
}

/** A predictor's result as the GraphQL API's scores, faces and windows; an image without a face is NO_FACE, never a guess. */
export function toPrediction(result: PredictorResult, labels: readonly string[]) {
  if (!result.probabilities) {
    const size = result.image ? `${result.image.width}x${result.image.height} ` : '';
    throw new AppError('NO_FACE', `No face found in the ${size}image`);
  }
  const faces: FacePrediction[] = result.faces.map((face) => ({
    box: face.box,
    detectionScore: face.detectionScore,
    ...toScores(face.probabilities, labels),
  }));
  const windows: WindowPrediction[] = result.windows.map((w) => ({
    startSeconds: w.startSeconds,
    endSeconds: w.endSeconds,
    ...toScores(w.probabilities, labels),
  }));
  return { ...toScores(result.probabilities, labels), faces, windows };
}
