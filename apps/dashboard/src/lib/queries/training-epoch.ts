import { graphql } from '../../gql';
import type { TrainingEpochFieldsFragment } from '../../gql/graphql';

/** One finished epoch of a training run, as the API reports it. */
export type TrainingEpoch = TrainingEpochFieldsFragment;

// Every TrainingEpoch field, spread as `...TrainingEpochFields` by the run and compare queries. Only codegen
// reads this: it adds the fragment's text to the operations that spread it.
graphql(`
  fragment TrainingEpochFields on TrainingEpoch { epoch loss accuracy valLoss valAccuracy learningRate imagesPerSecond }
`);
