import 'server-only';
import { graphql } from '../../gql';
import type { PredictMutation, PredictMutationVariables } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** Input of the `predict` mutation (no modelVersionId: the API uses the `production` alias of that modality). */
export type PredictEmotionInput = PredictMutationVariables['input'];
/** What the playground shows for one prediction (faces largest first; windows only for long recordings). */
export type Prediction = PredictMutation['predict'];
/** The probability of one emotion. */
export type EmotionScore = Prediction['scores'][number];
/** One face in a photo or webcam frame; the box is in the original image's pixels. */
export type FacePrediction = Prediction['faces'][number];
/** One window of a long recording. */
export type WindowPrediction = Prediction['windows'][number];

const PREDICT_MUTATION = graphql(`
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
`);

/** Runs one file through a model version. */
export async function predictEmotion(input: PredictEmotionInput): Promise<Prediction> {
  const data = await queryApi(PREDICT_MUTATION, { input });
  return data.predict;
}
