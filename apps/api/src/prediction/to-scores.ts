import { EMOTIONS, type Emotion, type EmotionScore } from '@emolab/core/domain';

/** A model's probability row as all 7 emotion scores (renormalised to sum to 1) and the top one. */
export function toScores(
  probabilities: readonly number[],
  labels: readonly string[],
): { emotion: Emotion; confidence: number; scores: EmotionScore[] } {
  const byLabel = new Map(labels.map((label, i) => [label.toUpperCase(), probabilities[i] ?? 0]));
  const total = EMOTIONS.reduce((sum, e) => sum + (byLabel.get(e) ?? 0), 0) || 1;
  const scores = EMOTIONS.map((emotion) => ({ emotion, probability: (byLabel.get(emotion) ?? 0) / total }));
  const best = scores.reduce((a, b) => (b.probability > a.probability ? b : a));
  return { emotion: best.emotion, confidence: best.probability, scores };
}
