import { join } from 'node:path';
import { PACKAGE_ROOT, spawnNode } from '../lib/child';
import { type CaseResult, type Check, failed, info, judged } from '../lib/report';

/**
 * Minified + gzipped size of each subpath's typical import, dependencies
 * included (zod/mini, decimal.js, neverthrow…), measured by size-limit with
 * the project's own `.size-limit.cjs` (esbuild, tree-shaken) — the figures
 * CI's `npm run size` holds to its limits. The budgets apply to the
 * typical imports of `aftersales/pricing` and `aftersales/shared`.
 */

interface SizeEntry {
  readonly name: string;
  readonly size: number;
  readonly sizeLimit?: number;
  readonly passed?: boolean;
}

const BUDGETS: Readonly<Record<string, number>> = {
  'aftersales/pricing (quote, explain)': 35_000,
  'aftersales/shared (money, VAT, VIN)': 20_000,
};

export function runSizeCase(): CaseResult {
  const child = spawnNode([join(PACKAGE_ROOT, 'node_modules/size-limit/bin.js'), '--json']);
  const text = child.stdout.slice(child.stdout.indexOf('['));
  let entries: SizeEntry[];
  try {
    entries = JSON.parse(text) as SizeEntry[];
  } catch {
    const reason = `size-limit printed no JSON (status ${child.status}): ${child.stderr.slice(-300)}`;
    return { checks: [failed('size.run', 'size', 'size-limit --json', reason)], data: {} };
  }
  const checks: Check[] = entries.map((entry) => {
    const budget = BUDGETS[entry.name];
    const limit =
      entry.sizeLimit === undefined ? '' : `; .size-limit.cjs limit ${entry.sizeLimit / 1000} kB`;
    const fields = {
      id: `size.${entry.name}`,
      group: 'size',
      title: `min+gzip ${entry.name}`,
      value: entry.size / 1000,
      unit: 'kB' as const,
      detail: `${entry.size} bytes${limit}${entry.passed === false ? ' (over that limit)' : ''}`,
    };
    return budget === undefined
      ? info(fields)
      : judged({ ...fields, budget: { op: '<=', limit: budget / 1000 } });
  });
  const missing = Object.keys(BUDGETS).filter(
    (name) => !entries.some((entry) => entry.name === name),
  );
  for (const name of missing) {
    checks.push(
      failed(`size.${name}`, 'size', `min+gzip ${name}`, 'no such entry in .size-limit.cjs'),
    );
  }
  return { checks, data: { entries } };
}
