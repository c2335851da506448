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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Waits until `dist/` holds every exported file (another `npm run build` in
 * the same checkout empties it for a few seconds), so that a child process
 * never measures a half-written build. Throws after `timeoutMs`.
 */
export function waitForBuild(timeoutMs = 180_000): void {
  const targets = exportTargets();
  const deadline = Date.now() + timeoutMs;
  let stableChecks = 0;
  while (stableChecks < 2) {
    if (targets.every((target) => existsSync(target))) stableChecks += 1;
    else stableChecks = 0;
    if (stableChecks < 2) {
      if (Date.now() > deadline) throw new Error('dist/ is incomplete: run `npm run build`');
      sleep(stableChecks === 0 ? 1000 : 300);
    }
  }
}

/**
 * Runs `node <args>` in the package root; a failure while the build is
 * incomplete is retried once it is whole again (a real failure stays one).
 */
export function spawnNode(args: readonly string[]): SpawnSyncReturns<string> & { ms: number } {
  for (let attempt = 0; ; attempt += 1) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (child.status === 0 || attempt >= 3) return { ...child, ms };
    const targets = exportTargets();
    if (targets.every((target) => existsSync(target))) return { ...child, ms };
    waitForBuild();
  }
}

/** Runs a bench script in a fresh Node process (through tsx) and parses the JSON line it prints. */
export function runChildScript<T>(script: string, args: readonly string[]): T {
  waitForBuild();
  const child = spawnNode(['--import', 'tsx', script, ...args]);
  if (child.status !== 0) {
    throw new Error(
      `${script} ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(-2000)}`,
    );
  }
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as T;
}
