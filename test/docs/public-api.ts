import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const root = join(import.meta.dirname, '..', '..');

let cached: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * What each public module exports, as the TypeScript compiler sees it: the
 * names a `{@link module!name}` in the docs may point at. The root module is
 * `aftersales`; the others are named after their folder (`repair-order`).
 */
export function publicExports(): ReadonlyMap<string, ReadonlySet<string>> {
  if (cached !== undefined) return cached;
  const modules = readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => [entry.name, join(root, 'src', entry.name, 'index.ts')] as const);
  const entries = [...modules, ['aftersales', join(root, 'src', 'index.ts')] as const];
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  cached = new Map(
    entries.map(([name, file]) => {
      const source = program.getSourceFile(file);
      const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      const names =
        symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name);
      return [name, new Set(names)] as const;
    }),
  );
  return cached;
}

/** Every `{@link module!name …}` in a text, as `[module, name]`. */
export function moduleLinks(text: string): [string, string][] {
  return [...text.matchAll(/\{@link\s+([\w-]+)!([\w$]+)[^}]*\}/g)].map(
    ([, module, name]) => [module ?? '', name ?? ''] as [string, string],
  );
}
