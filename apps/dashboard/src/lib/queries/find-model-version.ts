import 'server-only';
import { graphql } from '../../gql';
import type { ModelVersionQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** Everything /models/[id] shows. */
export type ModelVersionDetail = NonNullable<ModelVersionQuery['modelVersion']>;
/** Precision, recall and F1 of one emotion on the test split. */
export type ClassMetrics = ModelVersionDetail['perClass'][number];
/** One bin of a reliability diagram: test samples whose confidence fell in [lower, upper). */
export type ReliabilityBin = ModelVersionDetail['reliability'][number];

const MODEL_VERSION_QUERY = graphql(`
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
`);

/** Returns one model version, or null when it does not exist. */
export async function findModelVersion(id: string): Promise<ModelVersionDetail | null> {
  const data = await queryApi(MODEL_VERSION_QUERY, { id });
  return data.modelVersion;
}
