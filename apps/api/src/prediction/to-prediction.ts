import { AppError } from '@emolab/core/errors';
import type { PredictorResult } from '@emolab/ml/predict';
import type { AudioWindowPrediction, FacePrediction } from '../graphql/generated/resolvers-types.js';
import { toScores } from './to-scores.js';

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
  const windows: AudioWindowPrediction[] = result.windows.map((w) => ({
    startSeconds: w.startSeconds,
    endSeconds: w.endSeconds,
    ...toScores(w.probabilities, labels),
  }));
  return { ...toScores(result.probabilities, labels), faces, windows };
}
