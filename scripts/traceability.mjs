#!/usr/bin/env node
// Generates docs/traceability.md: each requirement ID → the exported symbols
// whose TSDoc cites it (`@see §3.4(2)`) → the tests whose names contain it.
// usage: node scripts/traceability.mjs [--check]
//   --check: exit 1 when docs/traceability.md is not what the code says now.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const PAGE = join(root, 'docs', 'traceability.md');
const ID = /(§\d+(?:\.\d+)*(?:\(\d+\))*(?:–(?:§\d+(?:\.\d+)*)?(?:\(\d+\))*)?|REG-\d+|X-\d+)/g;

function files(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/** Exported, documented, public symbols of src/<module>/ and the IDs their TSDoc cites. */
export function citationsInCode() {
  const cited = new Map();
  const declaration =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|type|interface|class|enum)\s+([A-Za-z_$][\w$]*)/g;
  for (const file of files(join(root, 'src'), (name) => name.endsWith('.ts'))) {
    const path = relative(join(root, 'src'), file).split('\\').join('/');
    const module = path.includes('/') ? path.split('/')[0] : 'aftersales';
    if (module.startsWith('_')) continue;
    for (const [, comment, name] of readFileSync(file, 'utf8').matchAll(declaration)) {
      if (/@internal\b/.test(comment)) continue;
      for (const [, see] of comment.matchAll(/@see\s+(\S+)/g)) {
        for (const [id] of see.matchAll(ID)) add(cited, id, `${module}.${name}`);
      }
    }
  }
  return cited;
}

/**
 * The public surface: module → the names its `src/<module>/index.ts` exports
 * (`export { … }`, `export type { … }`, `export * as name`). A cited symbol
 * outside it is an internal helper; the page names it without a link.
 */
export function publicSymbols() {
  const modules = new Map();
  for (const entry of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const file = join(root, 'src', entry.name, 'index.ts');
    modules.set(entry.name, exportedNames(file));
  }
  modules.set('aftersales', exportedNames(join(root, 'src', 'index.ts')));
  return modules;
}

function exportedNames(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Set();
  }
  const names = new Set();
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  for (const [, name] of text.matchAll(/export\s+\*\s+as\s+([\w$]+)/g)) names.add(name);
  return names;
}

/** Test files and how many test titles in each name an ID. */
export function citationsInTests() {
  const named = new Map();
  const title = /\b(?:it|test|describe)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of files(join(root, 'test'), (name) => /\.test\.ts$/.test(name))) {
    const path = relative(root, file).split('\\').join('/');
    for (const [, , text] of readFileSync(file, 'utf8').matchAll(title)) {
      for (const [id] of text.matchAll(ID)) add(named, id, path);
    }
  }
  return named;
}

function add(map, key, value) {
  const values = map.get(key) ?? new Map();
  values.set(value, (values.get(value) ?? 0) + 1);
  map.set(key, values);
}

function idOrder(id) {
  const kind = id.startsWith('§') ? 0 : id.startsWith('REG') ? 1 : 2;
  const numbers = id.match(/\d+/g).map(Number);
  return [kind, ...numbers];
}

function compareIds(a, b) {
  const x = idOrder(a);
  const y = idOrder(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

export function renderPage() {
  const code = citationsInCode();
  const tests = citationsInTests();
  const exported = publicSymbols();
  const ids = [...new Set([...code.keys(), ...tests.keys()])].sort(compareIds);
  // Public symbols link to their API page (TypeDoc checks every link, warnings are errors);
  // internal helpers are named without a link.
  const symbolCell = (symbol) => {
    const [module, name] = symbol.split('.');
    return exported.get(module)?.has(name)
      ? `{@link ${module}!${name} ${symbol}}`
      : `\`${symbol}\` (internal)`;
  };
  const symbols = (id) =>
    [...(code.get(id)?.keys() ?? [])].sort().map(symbolCell).join(', ') || '—';
  const testList = (id) =>
    [...(tests.get(id)?.entries() ?? [])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, count]) => `\`${file}\` (${count})`)
      .join(', ') || '—';
  const rows = ids.map((id) => `| ${id} | ${symbols(id)} | ${testList(id)} |`);
  return `---
title: Traceability
---

# Requirement traceability

Each requirement ID of the manual (\`§…\`) and of the regulations and dealer-system
expectations (\`REG-n\`, \`X-n\`) that the code cites, with the exported symbols
whose TSDoc cites it (\`@see\`) and the test files whose test names contain it
(with the number of such tests). Public symbols link to their API page; helpers
that a module does not export are marked *(internal)*. Generated by
\`npm run docs:traceability\` from \`src/\` and \`test/\`; do not edit by hand
(\`npm run docs\` and \`test/docs/\` fail when it is out of date).

| requirement | API (module.symbol) | tests |
|---|---|---|
${rows.join('\n')}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const page = renderPage();
  if (process.argv.includes('--check')) {
    const current = readFileSync(PAGE, 'utf8');
    if (current !== page) {
      console.error('docs/traceability.md is out of date: run npm run docs:traceability');
      process.exit(1);
    }
  } else {
    writeFileSync(PAGE, page);
    console.log(`wrote ${relative(root, PAGE)}`);
  }
}
