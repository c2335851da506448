/**
 * Size budgets per subpath, minified and gzipped, dependencies included
 * (decimal.js, zod/mini, neverthrow…): what a browser host really ships.
 * `import: '*'` measures a host that takes a whole subpath; the other entries
 * measure a typical import, which the unbundled build keeps small because a
 * host's bundler drops every file it does not reach. Database drivers and
 * vitest are optional peers that the host installs; they are not counted.
 */
const budgets = [
  { name: 'aftersales/shared (all)', path: 'dist/shared/index.js', import: '*', limit: '30 kB' },
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
  { name: 'aftersales/crm (all)', path: 'dist/crm/index.js', import: '*', limit: '48 kB' },
  { name: 'aftersales/memory (all)', path: 'dist/memory/index.js', import: '*', limit: '6 kB' },
  { name: 'aftersales/pricing (all)', path: 'dist/pricing/index.js', import: '*', limit: '35 kB' },
  {
    name: 'aftersales/pricing (quote, explain)',
    path: 'dist/pricing/index.js',
    import: '{ quote, explainQuote, parseQuoteRequest, indexPriceList }',
    limit: '32 kB',
  },
  {
    name: 'aftersales/appointment (all)',
    path: 'dist/appointment/index.js',
    import: '*',
    limit: '48 kB',
  },
  {
    name: 'aftersales/appointment (findSlots)',
    path: 'dist/appointment/index.js',
    import: '{ findSlots, parseSlotRequest, parseWorkshopCapacity }',
    limit: '9 kB',
  },
  {
    name: 'aftersales/repair-order (all)',
    path: 'dist/repair-order/index.js',
    import: '*',
    limit: '54 kB',
  },
  { name: 'aftersales/quality (all)', path: 'dist/quality/index.js', import: '*', limit: '40 kB' },
  { name: 'aftersales/parts (all)', path: 'dist/parts/index.js', import: '*', limit: '64 kB' },
  {
    name: 'aftersales/parts (three-way match)',
    path: 'dist/parts/index.js',
    import: '{ matchThreeWay, approveSupplierPayment }',
    limit: '22 kB',
  },
  {
    name: 'aftersales/parts (receivables aging)',
    path: 'dist/parts/index.js',
    import: '{ ageReceivables }',
    limit: '17 kB',
  },
  {
    name: 'aftersales/parts (planReplenishment)',
    path: 'dist/parts/index.js',
    import: '{ planReplenishment, reorderPoint }',
    limit: '19 kB',
  },
  {
    name: 'aftersales/training (all)',
    path: 'dist/training/index.js',
    import: '*',
    limit: '34 kB',
  },
  { name: 'aftersales/safety (all)', path: 'dist/safety/index.js', import: '*', limit: '39 kB' },
  {
    name: 'aftersales/environment (all)',
    path: 'dist/environment/index.js',
    import: '*',
    limit: '40 kB',
  },
  {
    name: 'aftersales/analytics (all)',
    path: 'dist/analytics/index.js',
    import: '*',
    limit: '60 kB',
  },
  {
    name: 'aftersales/improvement (all)',
    path: 'dist/improvement/index.js',
    import: '*',
    limit: '40 kB',
  },
  {
    name: 'aftersales/sql (all)',
    path: 'dist/sql/index.js',
    import: '*',
    limit: '10 kB',
    ignore: ['better-sqlite3', 'pg'],
  },
  {
    name: 'aftersales/testing (all)',
    path: 'dist/testing/index.js',
    import: '*',
    limit: '10 kB',
    ignore: ['vitest'],
  },
];

module.exports = budgets.map((budget) => ({ ...budget, gzip: true }));
