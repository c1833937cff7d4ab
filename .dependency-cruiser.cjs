// The module boundaries of ../shared/STYLE.md as dependency-cruiser rules (`npm run check:deps`).
// Paths are resolved ones: `@emolab/core/domain` resolves to packages/core/dist/domain/... through
// the workspace link, so a rule on `^packages/core/` catches both the package name and relative paths.

/** One forbidden dependency: `from` modules may not import `to` modules, because `comment`. */
const forbid = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      'no-circular',
      'A cycle (type-only ones too) means two modules are one; merge them or move what both need below them.',
      {},
      { circular: true },
    ),
    forbid(
      'packages-not-to-apps',
      'Apps depend on packages, never the reverse.',
      { path: '^packages/' },
      { path: '^apps/' },
    ),
    forbid(
      'core-not-to-ml',
      'core (domain, data, services) knows nothing of TensorFlow.js; apps join the two.',
      { path: '^packages/core/' },
      { path: ['^packages/ml/', '^packages/ml-native/', 'node_modules/@tensorflow/'] },
    ),
    forbid(
      'ml-not-to-core',
      'ml is a library of models and preprocessing, usable without the platform.',
      { path: '^packages/ml/' },
      { path: ['^packages/core/', 'node_modules/@prisma/', 'node_modules/bullmq/'] },
    ),
    forbid(
      'prisma-client-only-in-core-db',
      'Only packages/core/src/db talks to the generated Prisma client; everything else goes through its functions.',
      { path: '^(packages|apps)/', pathNot: ['^packages/core/src/db/'] },
      { path: ['^packages/core/src/db/generated/', 'node_modules/@prisma/client/'] },
    ),
    forbid(
      'apps-not-to-apps',
      'Each app stands alone; what two apps share belongs in a package.',
      { path: '^apps/([^/]+)/' },
      { path: '^apps/', pathNot: '^apps/$1/' },
    ),
    forbid(
      'apps-not-to-package-internals',
      'Apps use packages through their exports (which resolve to dist/), never their sources.',
      { path: '^apps/' },
      { path: '^packages/[^/]+/src/' },
    ),
    forbid(
      'dashboard-without-ml-or-database',
      'The dashboard talks to the API: no TensorFlow.js, Prisma or services in the browser bundle; core/domain alone.',
      { path: '^apps/dashboard/' },
      {
        path: ['^packages/ml', 'node_modules/@tensorflow/', 'node_modules/@prisma/', '^packages/core/'],
        pathNot: '^packages/core/dist/domain/',
      },
    ),
    forbid(
      'ml-train-not-to-parallel',
      'train/parallel/ runs train/ in worker threads: it depends on train/, not the reverse; train-classifier.ts alone picks between them.',
      { path: '^packages/ml/src/train/[^/]+$', pathNot: '^packages/ml/src/train/(train-classifier|index)[.]ts$' },
      { path: '^packages/ml/src/train/parallel/' },
    ),
    forbid(
      'not-to-unresolvable',
      'An import the cruiser cannot resolve is one no rule can check (run `npm run build` first: packages resolve to dist/).',
      {},
      // server-only is resolved by Next's bundler, not installed.
      { couldNotResolve: true, pathNot: '^server-only$' },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(dist|\\.next|\\.turbo|generated|gql|coverage)/', 'node_modules'] },
    // Type-only imports are dependencies too: they couple modules the same way.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
