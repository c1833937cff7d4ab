// The module boundaries of ../shared/STYLE.md as dependency-cruiser rules (`npm run check:deps`).
// Paths are resolved ones: `@emolab/core/domain` resolves to packages/core/dist/domain/... through
// the workspace link, so a rule on `^packages/core/` catches both the package name and relative paths.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle (type-only ones too) means two modules are one; merge them or move what both need below them.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment: 'Apps depend on packages, never the reverse.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-not-to-ml',
      severity: 'error',
      comment: 'core (domain, data, services) knows nothing of TensorFlow.js; apps join the two.',
      from: { path: '^packages/core/' },
      to: { path: ['^packages/ml/', '^packages/ml-native/', 'node_modules/@tensorflow/'] },
    },
    {
      name: 'ml-not-to-core',
      severity: 'error',
      comment: 'ml is a library of models and preprocessing, usable without the platform.',
      from: { path: '^packages/ml/' },
      to: { path: ['^packages/core/', 'node_modules/@prisma/', 'node_modules/bullmq/'] },
    },
    {
      name: 'prisma-client-only-in-core-db',
      severity: 'error',
      comment: 'Only packages/core/src/db talks to the generated Prisma client; everything else goes through its functions.',
      from: { path: '^(packages|apps)/', pathNot: ['^packages/core/src/db/'] },
      to: { path: ['^packages/core/src/db/generated/', 'node_modules/@prisma/client/'] },
    },
    {
      name: 'apps-not-to-apps',
      severity: 'error',
      comment: 'Each app stands alone; what two apps share belongs in a package.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'apps-not-to-package-internals',
      severity: 'error',
      comment: 'Apps use packages through their exports (which resolve to dist/), never their sources.',
      from: { path: '^apps/' },
      to: { path: '^packages/[^/]+/src/' },
    },
    {
      name: 'dashboard-without-ml-or-database',
      severity: 'error',
      comment: 'The dashboard talks to the API: no TensorFlow.js, Prisma or services in the browser bundle; core/domain alone.',
      from: { path: '^apps/dashboard/' },
      to: {
        path: ['^packages/ml', 'node_modules/@tensorflow/', 'node_modules/@prisma/', '^packages/core/'],
        pathNot: '^packages/core/dist/domain/',
      },
    },
    {
      name: 'ml-train-not-to-parallel',
      severity: 'error',
      comment: 'train/parallel/ runs train/ in worker threads: it depends on train/, not the reverse; train-classifier.ts alone picks between them.',
      from: { path: '^packages/ml/src/train/[^/]+$', pathNot: '^packages/ml/src/train/(train-classifier|index)[.]ts$' },
      to: { path: '^packages/ml/src/train/parallel/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve is one no rule can check (run `npm run build` first: packages resolve to dist/).',
      from: {},
      // server-only is resolved by Next's bundler, not installed.
      to: { couldNotResolve: true, pathNot: '^server-only$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(dist|\\.next|\\.turbo|generated|coverage)/', 'node_modules'] },
    // Type-only imports are dependencies too: they couple modules the same way.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
