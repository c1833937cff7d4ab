import type { CodegenConfig } from '@graphql-codegen/cli';

// The dashboard posts operation text from server code, so documents stay strings (no graphql-js AST
// in the bundle); the preset reads every `graphql(`...`)` literal under src/ and types it from the API's schema.
const config: CodegenConfig = {
  schema: '../api/src/graphql/schema.graphql',
  // The package script runs with --silent, which also hides why a run failed: print that here.
  hooks: { onError: (message: string) => console.error(message) },
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // JSON (hyperparameters, environment, recipe defaults) can be any JSON value; callers narrow it.
        scalars: { JSON: 'unknown' },
      },
    },
  },
};

export default config;
