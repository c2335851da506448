import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, spawnNode } from '../lib/child';
import { median } from '../lib/measure';
import { type CaseResult, type Check, failed, info, judged } from '../lib/report';

/**
 * Cold start: each import runs in a fresh `node` process, timed from spawn to
 * exit, alternating with `node -e 0` round by round (order rotated) so both
 * share the machine's load. The figure is the median import minus the median
 * `node -e 0`. A second pass asks each fresh process which database drivers
 * its import loaded; a positive control opens a SQLite store to prove the probe sees them.
 */

const ROUNDS = 9;
const BUDGETED = 'aftersales/pricing';
const BUDGET_MS = 100;

interface Spawned {
  readonly name: string;
  readonly args: readonly string[];
}

const esm = (specifier: string, body = `import '${specifier}';`): Spawned => ({
  name: `${specifier} (ESM)`,
  args: ['--input-type=module', '-e', body],
});
const cjs = (specifier: string): Spawned => ({
  name: `${specifier} (CJS)`,
  args: ['-e', `require('${specifier}')`],
});

function subpaths(): string[] {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? 'aftersales' : `aftersales/${key.slice(2)}`));
}

function run(spawned: Spawned): { ms: number; ok: boolean; stdout: string; stderr: string } {
  const child = spawnNode(spawned.args);
  return { ms: child.ms, ok: child.status === 0, stdout: child.stdout, stderr: child.stderr };
}

/** Prints the drivers a fresh process has loaded after importing `specifier`. */
const PROBE = (load: string, after = '') => `
${load}
${after}
const { createRequire } = await import('node:module');
const loaded = Object.keys(createRequire(process.cwd() + '/').cache)
  .map((path) => /node_modules[\\\\/](better-sqlite3|pg)[\\\\/]/.exec(path)?.[1])
  .filter(Boolean);
console.log(JSON.stringify([...new Set(loaded)].sort()));`;

function driversLoaded(load: string, after = ''): string[] | string {
  const child = run({ name: 'probe', args: ['--input-type=module', '-e', PROBE(load, after)] });
  if (!child.ok) return child.stderr.trim().split('\n').slice(0, 2).join(' ');
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

function driverChecks(specifiers: readonly string[]): Check[] {
  const checks: Check[] = [];
  const offenders: string[] = [];
  for (const specifier of specifiers) {
    for (const [format, load] of [
      ['ESM', `await import('${specifier}');`],
      ['CJS', `(await import('node:module')).createRequire(process.cwd() + '/')('${specifier}');`],
    ] as const) {
      const loaded = driversLoaded(load);
      if (typeof loaded === 'string') continue; // not importable this way; reported with the timings
      if (loaded.length > 0 && specifier !== 'aftersales/sql') {
        offenders.push(`${specifier} (${format}): ${loaded.join(', ')}`);
      }
      if (specifier === 'aftersales/sql' && loaded.length > 0) {
        offenders.push(
          `aftersales/sql (${format}) loads ${loaded.join(', ')} before a store is opened`,
        );
      }
    }
  }
  const control = driversLoaded(
    "const { createSqlStore } = await import('aftersales/sql');",
    "await (await createSqlStore({ dialect: 'sqlite', filename: ':memory:' }))._unsafeUnwrap().close();",
  );
  const controlOk = Array.isArray(control) && control.includes('better-sqlite3');
  if (!controlOk) {
    checks.push(
      failed(
        'startup.drivers.control',
        'startup',
        'driver probe sees better-sqlite3 once a store opens',
        `probe saw ${JSON.stringify(control)}`,
      ),
    );
  }
  checks.push({
    id: 'startup.drivers',
    group: 'startup',
    title: 'subpaths other than aftersales/sql loading better-sqlite3 or pg',
    value: offenders.length,
    unit: 'count',
    budget: { op: '<=', limit: 0 },
    status: offenders.length === 0 && controlOk ? 'PASS' : 'MISS',
    detail:
      offenders.length === 0
        ? `none of ${specifiers.length} entry points × ESM/CJS; aftersales/sql loads better-sqlite3 only when a SQLite store opens`
        : offenders.join('; '),
  });
  return checks;
}

/**
 * For comparison (docs/performance.md): the unbundled build of the budgeted
 * entry, which bundlers take and Node would load without the `node`
 * condition, one module per source file plus the zod package.
 */
function unbundled(specifier: string): Spawned[] {
  const base = join(PACKAGE_ROOT, 'dist', specifier.replace(/^aftersales\/?/, ''), 'index');
  return [
    esm(`${specifier}, unbundled build`, `import ${JSON.stringify(`${base}.js`)};`),
    {
      name: `${specifier}, unbundled build (CJS)`,
      args: ['-e', `require(${JSON.stringify(`${base}.cjs`)})`],
    },
  ];
}

export function runStartupCase(): CaseResult {
  const specifiers = subpaths();
  const baseline: Spawned = { name: 'node -e 0', args: ['-e', '0'] };
  const subjects: Spawned[] = [
    ...specifiers.flatMap((specifier) => [esm(specifier), cjs(specifier)]),
    esm('zod/mini'),
    cjs('zod/mini'),
    ...unbundled(BUDGETED),
  ];
  const all = [baseline, ...subjects];
  const times = new Map<string, number[]>(all.map((subject) => [subject.name, []]));
  const failures = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let k = 0; k < all.length; k += 1) {
      const subject = all[(round + k) % all.length] as Spawned;
      const result = run(subject);
      if (result.ok) times.get(subject.name)?.push(result.ms);
      else failures.set(subject.name, result.stderr.trim().split('\n').slice(0, 3).join(' '));
    }
  }
  const base = median(times.get(baseline.name) ?? []);
  const medians: Record<string, number> = { [baseline.name]: base };
  const checks: Check[] = [];
  for (const subject of subjects) {
    const samples = times.get(subject.name) ?? [];
    const value = median(samples);
    medians[subject.name] = value;
    const failure = failures.get(subject.name);
    if (samples.length === 0) {
      checks.push(
        info({
          id: `startup.${subject.name}`,
          group: 'startup',
          title: `cold import ${subject.name}`,
          value: null,
          unit: 'ms',
          detail: `does not load outside its runner: ${(failure ?? '').slice(0, 160)}`,
        }),
      );
      continue;
    }
    const fields = {
      id: `startup.${subject.name}`,
      group: 'startup',
      title: `cold import ${subject.name} − node -e 0`,
      value: value - base,
      unit: 'ms' as const,
      detail: `median ${value.toFixed(0)} ms vs ${base.toFixed(0)} ms`,
    };
    checks.push(
      subject.name.startsWith(`${BUDGETED} (`)
        ? judged({ ...fields, budget: { op: '<=', limit: BUDGET_MS } })
        : info(fields),
    );
  }
  checks.push(...driverChecks(specifiers));
  return { checks, data: { rounds: ROUNDS, medians } };
}
