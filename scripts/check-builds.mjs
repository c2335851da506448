#!/usr/bin/env node
// Checks the two builds in dist/ against each other after `npm run build`:
// Node takes dist/node/ (bundled, zod's functions inlined) and bundlers take
// the unbundled dist/<module>/ (zod imported), so both must offer the same
// API and behave the same. Run by `npm run check:package`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);

const subpaths = Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json');
const loadsOutsideVitest = (subpath) => subpath !== './testing';

for (const subpath of subpaths) {
  const { import: esm, require: cjs } = pkg.exports[subpath];
  for (const [format, target] of [
    ['ESM', esm],
    ['CJS', cjs],
  ]) {
    if (!target.node?.startsWith('./dist/node/')) fail(`${subpath} (${format}): no node build`);
    if (!loadsOutsideVitest(subpath)) continue;
    const load = (file) =>
      format === 'ESM' ? import(pathToFileURL(join(root, file)).href) : require(join(root, file));
    const [bundled, unbundled] = await Promise.all([load(target.node), load(target.default)]);
    // The unbundled build also exports `<module>_exports`, the namespace object
    // the root index re-exports (`export * as pricing …`); it is not in the types.
    const names = (module) =>
      Object.keys(module)
        .filter((name) => name !== 'default' && !name.endsWith('_exports'))
        .sort();
    const missing = names(unbundled).filter((name) => !(name in bundled));
    const extra = names(bundled).filter((name) => !(name in unbundled));
    if (missing.length > 0 || extra.length > 0)
      fail(`${subpath} (${format}): node build lacks [${missing}] and adds [${extra}]`);
  }
}

// The node build carries its own zod functions: loading it (in a fresh process,
// this one has loaded the unbundled build) must not load the zod package.
const probe = `
  for (const file of ${JSON.stringify(subpaths.filter(loadsOutsideVitest).map((subpath) => join(root, pkg.exports[subpath].require.node)))}) require(file);
  await Promise.all(${JSON.stringify(subpaths.filter(loadsOutsideVitest).map((subpath) => pathToFileURL(join(root, pkg.exports[subpath].import.node)).href))}.map((url) => import(url)));
  const zod = Object.keys(require.cache).filter((file) => file.includes('/node_modules/zod/'));
  process.stdout.write(zod.join(','));`;
const zodFiles = execFileSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(join(root, 'package.json'))}); ${probe}`,
  ],
  { encoding: 'utf8' },
);
// A static or dynamic import of zod outside comments (the inlined TSDoc examples mention it).
const importsZod =
  /^(?:import|export)\b[^\n]*["']zod[/"']|^(?![\s/]*\*)[^\n]*\b(?:require|import)\(\s*["']zod[/"']/m;
const zodImports = readdirSync(join(root, 'dist/node'), {
  recursive: true,
  encoding: 'utf8',
}).filter(
  (file) =>
    /\.c?js$/.test(file) && importsZod.test(readFileSync(join(root, 'dist/node', file), 'utf8')),
);
if (zodImports.length > 0)
  fail(`the node build imports the zod package in ${zodImports.join(', ')}`);
if (zodFiles !== '') fail(`the node build loaded the zod package: ${zodFiles.split(',')[0]} …`);

// Schemas of either build compose with the host's zod, and the host's schemas
// parse through the library, as in the tests (which run on the sources).
const z = await import('zod/mini');
for (const build of ['node', 'default']) {
  const shared = await import(
    pathToFileURL(join(root, pkg.exports['./shared'].import[build])).href
  );
  const order = z.object({ total: shared.MoneySchema, vin: shared.VinSchema });
  const good = order.safeParse({
    total: { amount: '12.50', currency: 'CNY' },
    vin: 'LSVAU218XN2183294',
  });
  const bad = order.safeParse({ total: { amount: 'twelve', currency: 'CNY' }, vin: 'x' });
  if (!good.success) fail(`${build} build: host zod rejects a valid order with library schemas`);
  if (bad.success || bad.error.issues.length !== 2)
    fail(`${build} build: host zod does not report both invalid library fields`);
  const parsed = shared.parseWith(z.object({ n: z.number() }), { n: 'x' });
  if (!parsed.isErr() || parsed.error.data.issues[0]?.path !== 'n')
    fail(`${build} build: parseWith does not report a host schema's issue`);
}

if (failures.length > 0) {
  console.error(`check-builds: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-builds: ${subpaths.length} entry points, node and bundler builds export the same names; ` +
    'the node build loads no zod package; library and host schemas compose both ways',
);
