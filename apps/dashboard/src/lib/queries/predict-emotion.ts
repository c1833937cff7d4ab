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

/** The probability of one emotion. */
export interface EmotionScore {
  emotion: Emotion;
  probability: number;
}

/** One face in a photo or webcam frame; the box is in the original image's pixels. */
export interface FacePrediction {
  box: { x: number; y: number; width: number; height: number };
  detectionScore: number;
  emotion: Emotion;
  confidence: number;
  scores: EmotionScore[];
}

/** One window of a long recording. */
export interface WindowPrediction {
  startSeconds: number;
  endSeconds: number;
  emotion: Emotion;
  confidence: number;
  scores: EmotionScore[];
}

/** What the playground shows for one prediction. */
export interface Prediction {
  emotion: Emotion;
  confidence: number;
  scores: EmotionScore[];
  /** Largest first; empty for audio and while the API has no face detector. */
  faces: FacePrediction[];
  /** Empty unless a recording was long enough to be scored window by window. */
  windows: WindowPrediction[];
  modelVersion: { id: string; aliases: string[] };
  latencyMs: number;
}

const PREDICT_MUTATION = /* GraphQL */ `
  mutation Predict($input: PredictInput!) {
    predict(input: $input) {
      emotion
      confidence
      scores { emotion probability }
      faces {
        box { x y width height }
        detectionScore
        emotion
        confidence
        scores { emotion probability }
      }
      windows { startSeconds endSeconds emotion confidence scores { emotion probability } }
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
