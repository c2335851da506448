/**
 * `npm run bench`: builds the package (in the npm script), then measures each
 * case against its same-run baseline and prints every figure with its budget
 * and PASS/MISS. Writes `bench/results.json` and the results table of
 * `docs/performance.md`. `--only=quote,slots` runs some cases and writes
 * nothing. CI does not run this: timings belong to a quiet, known machine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, PACKAGE_ROOT } from './lib/child';
import { DEFAULT_SEED } from './lib/random';
import { type CaseResult, type Check, formatTable } from './lib/report';

const root = new URL('..', import.meta.url);

interface CaseEntry {
  readonly name: string;
  readonly run: (seed: number) => CaseResult | Promise<CaseResult>;
}

const CASES: readonly CaseEntry[] = [
  { name: 'quote', run: async (seed) => (await import('./cases/quote')).runQuoteCase(seed) },
  { name: 'slots', run: async (seed) => (await import('./cases/slots')).runSlotsCase(seed) },
  {
    name: 'replenishment',
    run: async (seed) => (await import('./cases/replenishment')).runReplenishmentCase(seed),
  },
  { name: 'storage', run: async (seed) => (await import('./cases/storage')).runStorageCase(seed) },
  { name: 'startup', run: async () => (await import('./cases/startup')).runStartupCase() },
  { name: 'size', run: async () => (await import('./cases/size')).runSizeCase() },
];

function selectedCases(argv: readonly string[]): readonly CaseEntry[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only === undefined) return CASES;
  const names = new Set(only.split(','));
  const unknown = [...names].filter((name) => !CASES.some((entry) => entry.name === name));
  if (unknown.length > 0) throw new Error(`unknown case(s): ${unknown.join(', ')}`);
  return CASES.filter((entry) => names.has(entry.name));
}

function machine() {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
}

async function main(): Promise<void> {
  assertBuilt();
  const entries = selectedCases(process.argv.slice(2));
  const seed = Number(process.env.BENCH_SEED ?? DEFAULT_SEED);
  const startedAt = new Date();
  const loadBefore = loadavg();
  const checks: Check[] = [];
  const data: Record<string, unknown> = {};
  for (const entry of entries) {
    const started = performance.now();
    process.stdout.write(`\n▶ ${entry.name}\n`);
    const result = await entry.run(seed);
    const seconds = (performance.now() - started) / 1000;
    checks.push(...result.checks);
    data[entry.name] = { ...result.data, seconds: Math.round(seconds * 10) / 10 };
    process.stdout.write(`${formatTable(result.checks)}\n  (${seconds.toFixed(1)} s)\n`);
  }
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const misses = checks.filter((check) => check.status === 'MISS');
  process.stdout.write(
    `\n=== all budgets (${seconds.toFixed(0)} s, seed ${seed})\n${formatTable(checks)}\n`,
  );
  process.stdout.write(
    `\n${checks.filter((c) => c.status === 'PASS').length} PASS, ${misses.length} MISS, ` +
      `${checks.filter((c) => c.status === 'SKIP').length} skipped, ${checks.filter((c) => c.status === 'INFO').length} info\n`,
  );
  if (entries.length === CASES.length) {
    const results = {
      date: startedAt.toISOString(),
      seconds: Math.round(seconds),
      seed,
      machine: { ...machine(), loadAverage: { before: loadBefore, after: loadavg() } },
      checks,
      cases: data,
    };
    const resultsPath = new URL('bench/results.json', root);
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    // Formatted as the repository's formatter would, so `npm run lint` stays clean after a run.
    spawnSync(
      join(PACKAGE_ROOT, 'node_modules/.bin/biome'),
      ['format', '--write', fileURLToPath(resultsPath)],
      {
        cwd: PACKAGE_ROOT,
        stdio: 'ignore',
      },
    );
    const { updatePerformanceDoc } = await import('./lib/doc-table');
    const docPath = new URL('docs/performance.md', root);
    writeFileSync(docPath, updatePerformanceDoc(readFileSync(docPath, 'utf8'), results));
    process.stdout.write('wrote bench/results.json and docs/performance.md\n');
  }
  process.exitCode = misses.length > 0 ? 1 : 0;
}

await main();
