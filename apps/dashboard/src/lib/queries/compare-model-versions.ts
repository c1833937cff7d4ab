import 'server-only';
import { graphql } from '../../gql';
import type { CompareQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** What `compareModelVersions` returns. */
export type ModelComparison = CompareQuery['compareModelVersions'];
/** One model's column on /compare. */
export type ComparedModel = ModelComparison['models'][number];
/** Model b against model a on the same test set, with McNemar's test when it is possible. */
export type ComparisonPair = ModelComparison['pairs'][number];

const COMPARE_QUERY = graphql(`
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
      learningCurves { modelVersionId epochs { ...TrainingEpochFields } }
    }
  }
`);

/** Compares 2 to 4 model versions (the API checks the count and that they exist). */
export async function compareModelVersions(ids: string[]): Promise<ModelComparison> {
  const data = await queryApi(COMPARE_QUERY, { ids });
  return data.compareModelVersions;
}
