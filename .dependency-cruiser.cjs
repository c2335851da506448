/**
 * Architecture rules (DESIGN.md "Module map"): modules talk to each other only
 * through their index.ts, `shared` depends on no domain module, `src/_lib` is
 * private to `src/`, and there are no import cycles anywhere.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order fragile and defeat tree-shaking.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-internals',
      severity: 'error',
      comment: "A module imports another module only through that module's index.ts.",
      from: { path: '^src/([^/_][^/]*)/' },
      to: { path: '^src/([^/_][^/]*)/(?!index\\.ts$)', pathNot: '^src/$1/' },
    },
    {
      name: 'shared-imports-no-domain-module',
      severity: 'error',
      comment: 'The shared kernel sits below every domain module.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(?!shared/|_lib/)' },
    },
    {
      name: 'lib-is-private',
      severity: 'error',
      comment: 'src/_lib holds internals: nothing outside src/ imports it.',
      from: { pathNot: '^src/' },
      to: { path: '^src/_lib/' },
    },
    {
      name: 'core-needs-no-storage-driver',
      severity: 'error',
      comment: 'Only the sql adapter may load database drivers.',
      from: { path: '^src/', pathNot: '^src/sql/' },
      to: { path: 'node_modules/(better-sqlite3|pg|kysely)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
