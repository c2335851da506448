/**
 * Budgets and their verdicts. Every check carries its measured value, the
 * budget it is held to (if any) and the medians behind it, so the printed
 * table, `bench/results.json` and `docs/performance.md` say the same thing.
 */

export type Status = 'PASS' | 'MISS' | 'SKIP' | 'INFO';

export type Unit = '×' | 'ms' | 'MB' | 'kB' | '%' | 'count';

export interface Budget {
  readonly op: '<=' | '>=';
  readonly limit: number;
}

export interface Check {
  /** Stable identifier, e.g. `quote.50-lines.ratio`. */
  readonly id: string;
  /** The case it belongs to (`quote`, `slots`, …). */
  readonly group: string;
  readonly title: string;
  readonly value: number | null;
  readonly unit: Unit;
  readonly budget: Budget | null;
  readonly status: Status;
  /** Medians and context behind the value, one line. */
  readonly detail: string;
}

/** What one case returns: its checks and the raw figures for results.json. */
export interface CaseResult {
  readonly checks: readonly Check[];
  readonly data: Record<string, unknown>;
}

export function judged(
  fields: Omit<Check, 'status' | 'budget'> & { readonly budget: Budget },
): Check {
  const { value, budget } = fields;
  const pass =
    value !== null &&
    Number.isFinite(value) &&
    (budget.op === '<=' ? value <= budget.limit : value >= budget.limit);
  return { ...fields, status: pass ? 'PASS' : 'MISS' };
}

export function info(fields: Omit<Check, 'status' | 'budget'>): Check {
  return { ...fields, budget: null, status: 'INFO' };
}

export function skipped(id: string, group: string, title: string, reason: string): Check {
  return { id, group, title, value: null, unit: '×', budget: null, status: 'SKIP', detail: reason };
}

/** A failed precondition (e.g. the case disagrees with its baseline): never a pass. */
export function failed(id: string, group: string, title: string, reason: string): Check {
  return { id, group, title, value: null, unit: '×', budget: null, status: 'MISS', detail: reason };
}

export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  if (unit === 'count') return String(value);
  return unit === '×' ? `${formatNumber(value)}×` : `${formatNumber(value)} ${unit}`;
}

export function formatBudget(budget: Budget | null, unit: Unit): string {
  if (budget === null) return '—';
  return `${budget.op === '<=' ? '≤' : '≥'} ${formatValue(budget.limit, unit)}`;
}

/** Milliseconds for humans: `0.42 ms`, `38 µs`. */
export function formatMs(ms: number): string {
  if (ms < 0.1) return `${formatNumber(ms * 1000)} µs`;
  return `${formatNumber(ms)} ms`;
}

/** The console table: one line per check. */
export function formatTable(checks: readonly Check[]): string {
  const rows = checks.map((check) => [
    check.status,
    check.title,
    formatValue(check.value, check.unit),
    formatBudget(check.budget, check.unit),
    check.detail,
  ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => (row[column] as string).length)),
  );
  return rows
    .map((row) =>
      row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  '),
    )
    .join('\n');
}
