#!/usr/bin/env node
// Registers a module folder src/<name>/ as a public subpath: adds the
// `exports` and `typesVersions` entries of package.json. The build, the docs
// and the architecture tests all read the module list from `exports`.
// usage: node scripts/add-module.mjs <name> [<name> …]  (with no name: rewrite the
// entries of every registered module, e.g. after the shape below changed)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const registered = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== '.' && subpath !== './package.json')
  .map((subpath) => subpath.slice(2));
const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : registered;
for (const name of names) {
  if (!existsSync(`src/${name}/index.ts`)) {
    console.error(`src/${name}/index.ts does not exist`);
    process.exit(1);
  }
  pkg.exports[`./${name}`] = conditions(`./dist/${name}/index`, `./dist/node/${name}`);
  pkg.typesVersions['*'][name] = [`./dist/${name}/index.d.cts`];
}
const { '.': _root, './package.json': manifest, ...modules } = pkg.exports;
pkg.exports = {
  '.': conditions('./dist/index', './dist/node/index'),
  ...Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))),
  './package.json': manifest,
};
pkg.typesVersions['*'] = Object.fromEntries(
  Object.entries(pkg.typesVersions['*']).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`registered: ${names.join(', ')}`);

/**
 * Types first; Node takes the bundled build (`node`), bundlers the unbundled
 * one (`default`), see tsdown.config.ts.
 */
function conditions(unbundled, bundled) {
  return {
    import: { types: `${unbundled}.d.ts`, node: `${bundled}.js`, default: `${unbundled}.js` },
    require: { types: `${unbundled}.d.cts`, node: `${bundled}.cjs`, default: `${unbundled}.cjs` },
  };
}
