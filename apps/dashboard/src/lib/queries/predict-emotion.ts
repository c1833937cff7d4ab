import 'server-only';
import { queryApi } from '../api/query-api';
import type { Emotion, Modality } from '../api/types';

/** Input of the `predict` mutation. */
export interface PredictEmotionInput {
  modality: Modality;
  fileBase64: string;
  /** Omitted: the API uses the `production` alias of that modality. */
  modelVersionId?: string;
}

/** What the playground shows for one prediction. */
export interface Prediction {
  emotion: Emotion;
  confidence: number;
  scores: { emotion: Emotion; probability: number }[];
  modelVersion: { id: string; aliases: string[] };
  latencyMs: number;
}

const PREDICT_MUTATION = /* GraphQL */ `
  mutation Predict($input: PredictInput!) {
    predict(input: $input) {
      emotion
      confidence
      scores { emotion probability }
      modelVersion { id aliases }
      latencyMs
    }
  }
`;

/** Runs one file through a model version. */
export async function predictEmotion(input: PredictEmotionInput): Promise<Prediction> {
  const data = await queryApi<{ predict: Prediction }>(PREDICT_MUTATION, { input });
  return data.predict;
}
