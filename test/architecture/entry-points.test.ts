import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  sideEffects: boolean;
};

const modules = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

describe('architecture: one subpath export per module (DESIGN.md "Module map")', () => {
  it('every src/<module>/ has an index.ts', () => {
    for (const name of modules) expect(existsSync(join(root, 'src', name, 'index.ts'))).toBe(true);
  });

  it('package.json exports exactly the root and every module', () => {
    const subpaths = Object.keys(pkg.exports)
      .filter((subpath) => subpath !== '.' && subpath !== './package.json')
      .map((subpath) => subpath.slice(2))
      .sort();
    expect(subpaths).toEqual(modules);
  });

  it('Node takes the bundled build of every entry point and bundlers the unbundled one', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === './package.json') continue;
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      const unbundled = subpath === '.' ? './dist/index' : `./dist/${name}/index`;
      expect(target, subpath).toEqual({
        import: {
          types: `${unbundled}.d.ts`,
          node: `./dist/node/${name}.js`,
          default: `${unbundled}.js`,
        },
        require: {
          types: `${unbundled}.d.cts`,
          node: `./dist/node/${name}.cjs`,
          default: `${unbundled}.cjs`,
        },
      });
    }
  });

  it('typesVersions covers every module for older resolvers', () => {
    expect(Object.keys(pkg.typesVersions['*'] ?? {}).sort()).toEqual(modules);
  });

  it('the package is free of side effects, so bundlers can drop unused modules', () => {
    expect(pkg.sideEffects).toBe(false);
  });

  it('the root index re-exports every module but the adapters that need optional peers', () => {
    const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
    const needOptionalPeers = new Set(['sql', 'testing']);
    for (const name of modules.filter((module) => !needOptionalPeers.has(module))) {
      const namespace = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      expect(index).toContain(`export * as ${namespace} from './${name}/index'`);
    }
    for (const name of needOptionalPeers) expect(index).not.toContain(`./${name}/index`);
  });

  it('every module has a size budget', async () => {
    const { default: budgets } = (await import(join(root, '.size-limit.cjs'))) as {
      default: { path: string }[];
    };
    const measured = new Set(budgets.map((budget) => budget.path));
    for (const name of modules) expect(measured.has(`dist/${name}/index.js`)).toBe(true);
  });
});
