import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

/**
 * The package's `exports` map is the single list of public entry points:
 * every `./dist/<module>/index.js` there is built from `src/<module>/index.ts`.
 * Output is unbundled (one file per source file) so that a host's bundler,
 * helped by `"sideEffects": false`, keeps only the files a host imports.
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entry = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => (subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`));

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  unbundle: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  fixedExtension: false,
});
