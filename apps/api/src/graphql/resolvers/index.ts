import { GraphQLScalarType } from 'graphql';
import { datasetResolvers } from './datasets.resolvers.js';
import { healthResolvers } from './health.resolvers.js';
import { importResolvers } from './imports.resolvers.js';
import { modelVersionResolvers } from './model-versions.resolvers.js';
import { apiKeyResolvers } from './api-keys.resolvers.js';
import { labelingResolvers } from './labeling.resolvers.js';
import { registryResolvers } from './registry.resolvers.js';
import { trainingRunResolvers } from './training-runs.resolvers.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/**
 * Every resolver map, merged per type, checked against the types generated from schema.graphql
 * (`satisfies`, so resolver-coverage.ts still sees which fields have a resolver).
 */
export const resolvers = {
  JSON: JSONScalar,
  Query: {
    ...healthResolvers.Query,
    ...datasetResolvers.Query,
    ...importResolvers.Query,
    ...trainingRunResolvers.Query,
    ...modelVersionResolvers.Query,
    ...registryResolvers.Query,
    ...labelingResolvers.Query,
    ...apiKeyResolvers.Query,
  },
  Mutation: {
    ...importResolvers.Mutation,
    ...trainingRunResolvers.Mutation,
    ...modelVersionResolvers.Mutation,
    ...registryResolvers.Mutation,
    ...labelingResolvers.Mutation,
    ...apiKeyResolvers.Mutation,
  },
  ApiKey: apiKeyResolvers.ApiKey,
  Sample: labelingResolvers.Sample,
  LabelChange: labelingResolvers.LabelChange,
  AliasAssignment: registryResolvers.AliasAssignment,
  Dataset: datasetResolvers.Dataset,
  DatasetVersion: labelingResolvers.DatasetVersion,
  ImportJob: importResolvers.ImportJob,
  TrainingRun: trainingRunResolvers.TrainingRun,
  ModelVersion: modelVersionResolvers.ModelVersion,
} satisfies Resolvers;
