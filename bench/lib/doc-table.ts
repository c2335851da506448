import { type Check, formatBudget, formatValue } from './report';

/** What `run.ts` writes to results.json, as far as the doc table needs it. */
export interface RunSummary {
  readonly date: string;
  readonly seconds: number;
  readonly seed: number;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGB: number;
    readonly platform: string;
    readonly node: string;
    readonly loadAverage: { readonly before: readonly number[]; readonly after: readonly number[] };
  };
  readonly checks: readonly Check[];
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The generated part of docs/performance.md: machine line and the table of every check. */
export function resultsSection(run: RunSummary): string {
  const { machine } = run;
  const load = machine.loadAverage.before.map((value) => value.toFixed(2)).join(' / ');
  const lines = [
    START,
    '',
    `Measured ${run.date.slice(0, 10)} (${run.date.slice(11, 16)} UTC) on ${machine.cpu}, ` +
      `${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}; ` +
      `load average before the run ${load} (1/5/15 min); seed ${run.seed}; the whole run took ${run.seconds} s.`,
    '',
    '| | check | value | budget | medians and context |',
    '|---|---|---|---|---|',
    ...run.checks.map(
      (check) =>
        `| ${check.status} | ${cell(check.title)} | ${cell(formatValue(check.value, check.unit))} | ` +
        `${cell(formatBudget(check.budget, check.unit))} | ${cell(check.detail)} |`,
    ),
    '',
    END,
  ];
  return lines.join('\n');
}

/** Replaces the generated section of the doc (between its markers) with this run's. */
export function updatePerformanceDoc(doc: string, run: RunSummary): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`docs/performance.md lacks the ${START} … ${END} markers`);
  }
  return `${doc.slice(0, start)}${resultsSection(run)}${doc.slice(end + END.length)}`;
}
