import 'server-only';
import { queryApi } from '../api/query-api';
import type { Emotion } from '../api/types';
import type { ModelVersionSummary } from './find-model-versions';

/** Precision, recall and F1 of one emotion on the test split. */
export interface ClassMetrics {
  emotion: Emotion;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** One bin of a reliability diagram: test samples whose confidence fell in [lower, upper). */
export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  accuracy: number;
  confidence: number;
}

/** Everything /models/[id] shows. */
export interface ModelVersionDetail extends ModelVersionSummary {
  trainingRunId: string | null;
  balancedAccuracy: number | null;
  top2Accuracy: number | null;
  expectedCalibrationError: number | null;
  testSamples: number | null;
  reliability: ReliabilityBin[];
  /** Row = true emotion, column = predicted emotion, in `labels` order. */
  confusionMatrix: number[][];
  labels: Emotion[];
  perClass: ClassMetrics[];
  /** Image models: Gaussian blur (px) of the training and test images; inputs are matched to soft training sets. */
  trainingBlurSigma: number | null;
  testBlurSigma: number | null;
  /** The blur inputs are brought up to before predicting (0: none). */
  inputBlurSigma: number | null;
  /** Image models: what predict averages over by default ('none', 'flip', 'flip-shift'); the metrics include it. */
  testTimeAugmentation: string | null;
  accuracyWithoutTestTimeAugmentation: number | null;
}

const MODEL_VERSION_QUERY = /* GraphQL */ `
  query ModelVersion($id: ID!) {
    modelVersion(id: $id) {
      id
      modality
      accuracy
      macroF1
      balancedAccuracy
      top2Accuracy
      expectedCalibrationError
      testSamples
      reliability { lower upper count accuracy confidence }
      architecture
      aliases
      datasetName
      createdAt
      trainingRunId
      confusionMatrix
      labels
      perClass { emotion precision recall f1 support }
      trainingBlurSigma
      testBlurSigma
      inputBlurSigma
      testTimeAugmentation
      accuracyWithoutTestTimeAugmentation
    }
  }
`;

/** Returns one model version, or null when it does not exist. */
export async function findModelVersion(id: string): Promise<ModelVersionDetail | null> {
  const data = await queryApi<{ modelVersion: ModelVersionDetail | null }>(MODEL_VERSION_QUERY, { id });
  return data.modelVersion;
}
