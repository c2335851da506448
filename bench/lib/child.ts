import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: children run there so that `aftersales/…` resolves to the built package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file the package's `exports` map points at. */
function exportTargets(): string[] {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') targets.push(join(PACKAGE_ROOT, value));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  return targets;
}

/**
 * Fails fast when `dist/` lacks a file the `exports` map points at: the
 * benchmarks measure the built package, which `npm run bench` builds first.
 */
export function assertBuilt(): void {
  const missing = exportTargets().filter((target) => !existsSync(target));
  if (missing.length > 0) throw new Error('dist/ is incomplete: run `npm run build`');
}

/** Runs `node <args>` in the package root and times it. */
export function spawnNode(args: readonly string[]): SpawnSyncReturns<string> & { ms: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return { ...child, ms: performance.now() - start };
}

/** Runs a bench script in a fresh Node process (through tsx) and parses the JSON line it prints. */
export function runChildScript<T>(script: string, args: readonly string[]): T {
  const child = spawnNode(['--import', 'tsx', script, ...args]);
  if (child.status !== 0) {
    throw new Error(
      `${script} ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(-2000)}`,
    );
  }
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as T;
}
