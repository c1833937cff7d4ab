import { AppError } from '@emolab/core/errors';
import type { FaceFeaturesResult } from '@emolab/ml/faces';
import type { Classifier, PredictOptions } from '@emolab/ml/models';
import { toScores } from './to-scores.js';

/** Every face's emotion (largest first) and the largest face's as the image's; no face is NO_FACE, never a guess. */
export async function predictFaces(found: FaceFeaturesResult, classifier: Classifier, options: PredictOptions = {}) {
  if (found.faces.length === 0) throw new AppError('NO_FACE', `No face found in the ${found.width}x${found.height} image`);
  const probabilities = await classifier.predict(found.faces.map((f) => f.features), options);
  const faces = found.faces.map((face, i) => ({
    box: face.box,
    detectionScore: face.score ?? 1,
    ...toScores(probabilities[i] ?? [], classifier.labels),
  }));
  const [largest] = faces;
  return { emotion: largest!.emotion, confidence: largest!.confidence, scores: largest!.scores, faces, windows: [] };
}
