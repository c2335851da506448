import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const srcDir = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Strips comments so that TSDoc examples may mention what code may not do. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The only places allowed to touch the outside world, each a port implementation. */
const clockReaders = new Set(['src/shared/time/clock.ts', 'src/shared/time.ts']);

const forbidden: readonly { name: string; pattern: RegExp; allowed?: Set<string> }[] = [
  { name: 'reads the clock', pattern: /Date\.now\(|new Date\(\s*\)/, allowed: clockReaders },
  { name: 'uses Math.random', pattern: /Math\.random\(/ },
  { name: 'writes to the console', pattern: /\bconsole\./ },
  { name: 'reads process state', pattern: /\bprocess\.(env|argv|cwd|exit)/ },
  { name: 'imports date-fns from its root (slow cold start)', pattern: /from ['"]date-fns['"]/ },
  { name: 'imports full zod (breaks the size budget)', pattern: /from ['"]zod['"]/ },
];

describe('architecture: the core is pure (DESIGN.md "Pure core")', () => {
  const files = sourceFiles(srcDir).filter((file) => !file.includes(`${join('src', 'sql')}`));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const rule of forbidden) {
    it(`no source file ${rule.name}`, () => {
      const offenders = files
        .map((file) => relative(root, file).split('\\').join('/'))
        .filter((file) => !rule.allowed?.has(file))
        .filter((file) => rule.pattern.test(code(join(root, file))));
      expect(offenders).toEqual([]);
    });
  }
});
