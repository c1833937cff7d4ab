// Resolver types generated from the one schema, so a resolver that stops matching schema.graphql
// fails the type-check. Mappers name the domain objects the services return for each GraphQL
// type: their Date fields become strings in field resolvers.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'src/graphql/schema.graphql',
  // The package script runs with --silent, which also hides why a run failed: print that here.
  hooks: { onError: (message: string) => console.error(message) },
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: false,
        useIndexSignature: false,
        contextType: '../context.js#ApiContext',
        mapperTypeSuffix: 'Model',
        scalars: { JSON: 'unknown' },
        mappers: {
          ApiKey: '@emolab/core/services#ApiKeySummary',
          AliasAssignment: '@emolab/core/domain#AliasAssignment',
          Dataset: '@emolab/core/domain#Dataset',
          DatasetVersion: '@emolab/core/domain#DatasetVersion',
          ImportJob: '@emolab/core/domain#ImportJob',
          LabelChange: '@emolab/core/domain#LabelChangeRecord',
          ModelVersion: '@emolab/core/domain#ModelVersion',
          Recipe: '@emolab/core/domain#Recipe',
          Sample: '@emolab/core/services#SampleSummary',
          TrainingEpoch: '@emolab/core/domain#TrainingEpoch',
          TrainingRun: '@emolab/core/domain#TrainingRun',
        },
      },
    },
  },
};

export default config;
