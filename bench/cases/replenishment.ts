import { defaultPartsConfig, inverseNormalCdf, planReplenishment } from 'aftersales/parts';
import { reorderPointsLoop } from '../baselines/replenishment-loop';
import { runChildScript } from '../lib/child';
import { sampleInterleaved } from '../lib/measure';
import { type CaseResult, type Check, failed, formatMs, info, judged } from '../lib/report';
import { createReplenishmentWorkload } from '../workloads/replenishment-workload';

const SMALL = 10_000;
const LARGE = 100_000;

interface RssReport {
  readonly maxRssMB: number;
  readonly planMs: number;
  readonly lines: number;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function runReplenishmentCase(seed: number): CaseResult {
  const workload = createReplenishmentWorkload(seed, LARGE);
  const { days, demand, leadTimes, minStocks } = workload;
  const window = defaultPartsConfig.movingAverageDays;
  const zValues = workload.serviceLevels.map((level) => inverseNormalCdf(level));
  const small = workload.parts.slice(0, SMALL);
  const out = new Float64Array(LARGE * 3);
  const baseline = (count: number) =>
    reorderPointsLoop(demand, days, window, leadTimes, zValues, minStocks, count, out);

  // The baseline must compute what the plan reports: compare every suggested line.
  const plan = planReplenishment(workload.parts);
  if (plan.isErr()) throw new Error(`planReplenishment failed: ${JSON.stringify(plan.error)}`);
  baseline(LARGE);
  const index = new Map(workload.parts.map((part, p) => [part.partId, p]));
  let compared = 0;
  for (const order of plan.value.orders) {
    for (const line of order.lines) {
      const p = index.get(line.partId) ?? -1;
      const mean = round3(out[p * 3] ?? Number.NaN);
      const point = round3(out[p * 3 + 2] ?? Number.NaN);
      if (mean !== line.meanDailyDemand || point !== line.reorderPoint) {
        const problem = `${line.partId}: plan mean ${line.meanDailyDemand} / point ${line.reorderPoint}, baseline ${mean} / ${point}`;
        return {
          checks: [
            failed('replenishment.agree', 'replenishment', 'plan agrees with baseline', problem),
          ],
          data: {},
        };
      }
      compared += 1;
    }
  }

  const subjects = [
    { name: `plan-${SMALL}`, run: () => planReplenishment(small) },
    { name: `baseline-${SMALL}`, run: () => baseline(SMALL) },
    { name: `plan-${LARGE}`, run: () => planReplenishment(workload.parts) },
    { name: `baseline-${LARGE}`, run: () => baseline(LARGE) },
  ];
  const timings = sampleInterleaved(subjects, { rounds: 21, sampleMs: 40, warmupMs: 500 });
  const at = (name: string) => timings[name]?.median ?? Number.NaN;
  const large = at(`plan-${LARGE}`);
  const largeBase = at(`baseline-${LARGE}`);
  const smallPlan = at(`plan-${SMALL}`);

  // Peak memory in fresh processes: the whole case, and the input alone for comparison.
  const planned = runChildScript<RssReport>('bench/children/replenishment-rss.ts', [
    String(seed),
    String(LARGE),
    'plan',
  ]);
  const dataOnly = runChildScript<RssReport>('bench/children/replenishment-rss.ts', [
    String(seed),
    String(LARGE),
    'data',
  ]);

  const checks: Check[] = [
    judged({
      id: 'replenishment.100k.ratio',
      group: 'replenishment',
      title: 'planReplenishment 100,000 parts × 365 days ÷ Float64Array loop',
      value: large / largeBase,
      unit: '×',
      budget: { op: '<=', limit: 3 },
      detail: `median ${formatMs(large)} vs ${formatMs(largeBase)}; ${compared} suggested lines checked against the loop`,
    }),
    info({
      id: 'replenishment.10k.ratio',
      group: 'replenishment',
      title: 'planReplenishment 10,000 parts × 365 days ÷ Float64Array loop',
      value: smallPlan / at(`baseline-${SMALL}`),
      unit: '×',
      detail: `median ${formatMs(smallPlan)} vs ${formatMs(at(`baseline-${SMALL}`))}`,
    }),
    judged({
      id: 'replenishment.growth',
      group: 'replenishment',
      title: 'planReplenishment 100,000 ÷ 10,000 parts (linear: 10×)',
      value: large / smallPlan,
      unit: '×',
      budget: { op: '<=', limit: 12 },
      detail: `baseline grows ${(largeBase / at(`baseline-${SMALL}`)).toFixed(1)}×`,
    }),
    judged({
      id: 'replenishment.100k.peak-rss',
      group: 'replenishment',
      title: 'peak RSS, 100,000-part plan (child process)',
      value: planned.maxRssMB,
      unit: 'MB',
      budget: { op: '<=', limit: 1024 },
      detail: `input alone ${dataOnly.maxRssMB.toFixed(0)} MB; one cold plan took ${formatMs(planned.planMs)}`,
    }),
  ];
  return { checks, data: { timings, rss: { planned, dataOnly }, linesCompared: compared } };
}
