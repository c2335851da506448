/**
 * Size budgets per subpath, minified and gzipped, dependencies included
 * (decimal.js, zod/mini, neverthrow…): what a browser host really ships.
 * `import: '*'` measures a host that takes a whole subpath; the other entries
 * measure a typical import, which the unbundled build keeps small because a
 * host's bundler drops every file it does not reach.
 */
const budgets = [
  { name: 'aftersales/shared (all)', path: 'dist/shared/index.js', import: '*', limit: '28 kB' },
  {
    name: 'aftersales/shared (money, VAT, VIN)',
    path: 'dist/shared/index.js',
    import: '{ createMoney, addMoney, splitVat, validateVin }',
    limit: '20 kB',
  },
  {
    name: 'aftersales/shared (validators and masking, no money)',
    path: 'dist/shared/index.js',
    import: '{ validateVin, validateLicencePlate, validateMobilePhone, maskField }',
    limit: '6 kB',
  },
  { name: 'aftersales/org (all)', path: 'dist/org/index.js', import: '*', limit: '10 kB' },
  { name: 'aftersales/org (can)', path: 'dist/org/index.js', import: '{ can }', limit: '1.5 kB' },
  { name: 'aftersales/memory (all)', path: 'dist/memory/index.js', import: '*', limit: '6 kB' },
];

module.exports = budgets.map((budget) => ({ ...budget, gzip: true }));
