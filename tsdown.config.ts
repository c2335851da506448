import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The package's `exports` map is the single list of public entry points:
 * every subpath `./<module>` there is built from `src/<module>/index.ts`
 * (and `.` from `src/index.ts`), twice:
 *
 * - `dist/<module>/…` — unbundled, one output file per source file, with
 *   `zod` imported from the host's copy. Bundlers take this build (the
 *   `default` condition): helped by `"sideEffects": false` they keep only the
 *   files a host reaches, and the host's `zod` is shared.
 * - `dist/node/<module>.(c)js` — one file per entry plus shared chunks, with
 *   the few `zod/mini` functions the code uses inlined. Node takes this build
 *   (the `node` condition): a cold start loads a handful of files instead of
 *   one per source file plus zod's ~90 modules, which is most of the start-up
 *   time on Node 20 (see docs/performance.md).
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const modules = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== '.' && subpath !== './package.json')
  .map((subpath) => subpath.slice(2));

const shared: UserConfig = {
  format: ['esm', 'cjs'],
  clean: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  fixedExtension: false,
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts', ...modules.map((name) => `src/${name}/index.ts`)],
    dts: true,
    unbundle: true,
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    ...shared,
    entry: Object.fromEntries([
      ['index', 'src/index.ts'],
      ...modules.map((name) => [name, `src/${name}/index.ts`]),
    ]),
    dts: false,
    platform: 'node',
    outDir: 'dist/node',
    deps: { alwaysBundle: [/^zod(\/|$)/], onlyBundle: [/^zod(\/|$)/] },
    outputOptions: (options, format) => ({
      ...options,
      chunkFileNames: `chunks/[name]-[hash].${format === 'cjs' ? 'cjs' : 'js'}`,
    }),
  },
]);
