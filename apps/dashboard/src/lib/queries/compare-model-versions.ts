import 'server-only';
import { queryApi } from '../api/query-api';
import type { Emotion, Modality } from '../api/types';
import { TRAINING_EPOCH_FIELDS, type TrainingEpoch } from './training-epoch';

/** One model's column on /compare. */
export interface ComparedModel {
  id: string;
  modality: Modality;
  accuracy: number | null;
  macroF1: number | null;
  balancedAccuracy: number | null;
  top2Accuracy: number | null;
  expectedCalibrationError: number | null;
  testSamples: number | null;
  architecture: string;
  aliases: string[];
  datasetName: string;
  labels: Emotion[];
  confusionMatrix: number[][];
}

/** Model b against model a on the same test set, with McNemar's test when it is possible. */
export interface ComparisonPair {
  a: string;
  b: string;
  accuracyDelta: number;
  macroF1Delta: number;
  sameTestSet: boolean;
  onlyACorrect: number | null;
  onlyBCorrect: number | null;
  mcnemarStatistic: number | null;
  mcnemarPValue: number | null;
  significant: boolean | null;
}

/** What `compareModelVersions` returns. */
export interface ModelComparison {
  models: ComparedModel[];
  pairs: ComparisonPair[];
  hyperparameterDiffs: { name: string; values: unknown[] }[];
  learningCurves: { modelVersionId: string; epochs: TrainingEpoch[] }[];
}

const COMPARE_QUERY = /* GraphQL */ `
  query Compare($ids: [ID!]!) {
    compareModelVersions(ids: $ids) {
      models {
        id modality accuracy macroF1 balancedAccuracy top2Accuracy expectedCalibrationError testSamples
        architecture aliases datasetName labels confusionMatrix
      }
      pairs {
        a b accuracyDelta macroF1Delta sameTestSet onlyACorrect onlyBCorrect mcnemarStatistic mcnemarPValue significant
      }
      hyperparameterDiffs { name values }
      learningCurves { modelVersionId epochs { ${TRAINING_EPOCH_FIELDS} } }
    }
  }
`;

/** Compares 2 to 4 model versions (the API checks the count and that they exist). */
export async function compareModelVersions(ids: string[]): Promise<ModelComparison> {
  const data = await queryApi<{ compareModelVersions: ModelComparison }>(COMPARE_QUERY, { ids });
  return data.compareModelVersions;
}
