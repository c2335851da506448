import { indexPriceList, type Quote, quote } from 'aftersales/pricing';
import { type CentsQuote, indexItems, quoteCents } from '../baselines/quote-cents';
import { sampleInterleaved } from '../lib/measure';
import { type CaseResult, type Check, failed, formatMs, info, judged } from '../lib/report';
import { createQuoteWorkload } from '../workloads/quote-workload';

const LINE_COUNTS = [5, 50, 500] as const;
const SETTINGS = { maxDiscountRate: '0.3', minimumMarginRate: '0' };

const text = (cents: bigint) => {
  const digits = cents.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/** Where the two implementations disagree, if anywhere: the baseline must do the same arithmetic. */
function disagreement(result: Quote, baseline: CentsQuote): string | undefined {
  const pairs: [string, string, string][] = [
    ['subtotal', result.subtotal.amount, text(baseline.subtotal)],
    ['discount', result.discountTotal.amount, text(baseline.discount)],
    ['vat', result.vat.vat.amount, text(baseline.vat)],
    ['total', result.total.amount, text(baseline.total)],
    ['applied rules', String(result.adjustments.length), String(baseline.applied)],
  ];
  result.lines.forEach((line, i) => {
    pairs.push([`line ${i + 1}`, line.amount.amount, text(baseline.nets[i] ?? 0n)]);
  });
  const wrong = pairs.find(([, a, b]) => a !== b);
  return wrong === undefined ? undefined : `${wrong[0]}: quote ${wrong[1]}, baseline ${wrong[2]}`;
}

export function runQuoteCase(seed: number): CaseResult {
  const workload = createQuoteWorkload(seed, LINE_COUNTS);
  const index = indexPriceList(workload.version);
  const items = indexItems(workload.version.items);
  const context = { priceLists: [index], rules: workload.rules };
  const checks: Check[] = [];
  const facts: Record<string, unknown> = {};
  for (const count of LINE_COUNTS) {
    const request = workload.requests.get(count);
    if (request === undefined) throw new Error(`no ${count}-line request`);
    const result = quote(request, context);
    if (result.isErr()) throw new Error(`quote failed: ${JSON.stringify(result.error)}`);
    const baseline = quoteCents(request, items, workload.rules, SETTINGS);
    const problem = disagreement(result.value, baseline);
    if (problem !== undefined) {
      checks.push(
        failed(
          `quote.${count}.agree`,
          'quote',
          `quote ${count} lines agrees with baseline`,
          problem,
        ),
      );
    }
    facts[`${count}`] = {
      subtotal: result.value.subtotal.amount,
      discount: result.value.discountTotal.amount,
      total: result.value.total.amount,
      applied: result.value.adjustments.length,
      rejected: result.value.rejectedRules.length,
      clipped: result.value.adjustments.filter((a) => a.clipped.length > 0).length,
    };
  }
  if (checks.length > 0) return { checks, data: { workload: facts } };

  const subjects = LINE_COUNTS.flatMap((count) => {
    const request = workload.requests.get(count);
    if (request === undefined) throw new Error(`no ${count}-line request`);
    return [
      { name: `quote-${count}`, run: () => quote(request, context) },
      {
        name: `baseline-${count}`,
        run: () => quoteCents(request, items, workload.rules, SETTINGS),
      },
    ];
  });
  const timings = sampleInterleaved(subjects, { rounds: 31, sampleMs: 25, warmupMs: 400 });
  const at = (name: string) => timings[name]?.median ?? Number.NaN;
  for (const count of LINE_COUNTS) {
    const q = at(`quote-${count}`);
    const b = at(`baseline-${count}`);
    const fields = {
      id: `quote.${count}-lines.ratio`,
      group: 'quote',
      title: `quote ${count} lines × 20 rules ÷ bigint-cents baseline`,
      value: q / b,
      unit: '×' as const,
      detail: `median ${formatMs(q)} vs ${formatMs(b)}`,
    };
    checks.push(
      count === 50 ? judged({ ...fields, budget: { op: '<=', limit: 10 } }) : info(fields),
    );
  }
  const q50 = at('quote-50');
  const q500 = at('quote-500');
  checks.push(
    judged({
      id: 'quote.500-over-50',
      group: 'quote',
      title: 'quote 500 lines ÷ quote 50 lines (linear: 10×)',
      value: q500 / q50,
      unit: '×',
      budget: { op: '<=', limit: 12 },
      detail: `median ${formatMs(q500)} vs ${formatMs(q50)}; baseline ${formatNumberRatio(at('baseline-500') / at('baseline-50'))}`,
    }),
  );
  return { checks, data: { workload: facts, timings } };
}

function formatNumberRatio(value: number): string {
  return `${value.toFixed(1)}×`;
}
