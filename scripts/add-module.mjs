#!/usr/bin/env node
// Registers a module folder src/<name>/ as a public subpath: adds the
// `exports` and `typesVersions` entries of package.json. The build, the docs
// and the architecture tests all read the module list from `exports`.
// usage: node scripts/add-module.mjs <name> [<name> …]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/add-module.mjs <name> [<name> …]');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const name of names) {
  if (!existsSync(`src/${name}/index.ts`)) {
    console.error(`src/${name}/index.ts does not exist`);
    process.exit(1);
  }
  const base = `./dist/${name}/index`;
  pkg.exports[`./${name}`] = {
    import: { types: `${base}.d.ts`, default: `${base}.js` },
    require: { types: `${base}.d.cts`, default: `${base}.cjs` },
  };
  pkg.typesVersions['*'][name] = [`${base}.d.cts`];
}
const { '.': root, './package.json': manifest, ...modules } = pkg.exports;
pkg.exports = {
  '.': root,
  ...Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))),
  './package.json': manifest,
};
pkg.typesVersions['*'] = Object.fromEntries(
  Object.entries(pkg.typesVersions['*']).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`registered: ${names.join(', ')}`);
