import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The package's `exports` map is the single list of public entry points:
 * every `./dist/<module>/index.js` there is built from `src/<module>/index.ts`.
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entry = Object.fromEntries(
  Object.keys(pkg.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => {
      const name = subpath === '.' ? 'index' : `${subpath.slice(2)}/index`;
      return [name, `src/${name}.ts`];
    }),
);

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
