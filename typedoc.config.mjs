// @ts-check
import { readFileSync } from 'node:fs';

/** Entry points come from the package's `exports` map, like the build's. */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const entryPoints = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => (subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`));

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'aftersales',
  entryPoints,
  entryPointStrategy: 'resolve',
  out: 'docs-site',
  readme: 'README.md',
  projectDocuments: ['docs/*.md'],
  tsconfig: 'tsconfig.json',
  treatWarningsAsErrors: true,
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  categorizeByGroup: false,
  sort: ['kind', 'alphabetical'],
  validation: { notExported: true, invalidLink: true, notDocumented: true, rewrittenLink: true },
  // zod-inferred object types have undocumented properties by nature; every
  // exported declaration itself must still carry TSDoc.
  requiredToBeDocumented: [
    'Enum',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'TypeAlias',
    'Namespace',
  ],
  blockTags: [
    '@example',
    '@param',
    '@returns',
    '@see',
    '@category',
    '@typeParam',
    '@remarks',
    '@defaultValue',
    '@deprecated',
    '@throws',
    '@module',
  ],
};
