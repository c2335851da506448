import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'demo');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every import or re-export statement of a file, with its specifier. */
function imports(file: string): { statement: string; specifier: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)';/gms)].map(
    ([statement, specifier]) => ({ statement, specifier: specifier ?? '' }),
  );
}

describe('the demo uses only the public API, as a host would', () => {
  it('npm run demo builds the package, then runs demo/service-day.ts', () => {
    expect(pkg.scripts.demo).toMatch(/^npm run build\b.*&& tsx demo\/service-day\.ts$/);
  });

  it('takes every library value from an exported subpath `aftersales/<module>`', () => {
    const runner = imports(join(demo, 'service-day.ts')).map((i) => i.specifier);
    const library = runner.filter((specifier) => specifier.startsWith('aftersales'));
    expect(library.length).toBeGreaterThanOrEqual(9);
    for (const specifier of library) {
      expect(Object.keys(pkg.exports)).toContain(`./${specifier.slice('aftersales/'.length)}`);
    }
    expect(runner.filter((s) => !s.startsWith('aftersales') && !s.startsWith('node:'))).toEqual([
      './service-day-scenario',
    ]);
  });

  it('imports nothing but types from src/, so the scenario runs on whatever library it is given', () => {
    const valueImports = sources(demo).flatMap((file) =>
      imports(file)
        .filter(({ specifier }) => specifier.includes('/src/'))
        .filter(({ statement }) => !/^(?:import|export) type\b/.test(statement))
        .map(({ statement }) => `${relative(root, file)}: ${statement}`),
    );
    expect(valueImports).toEqual([]);
  });
});
