/**
 * Child process for the memory check: builds the replenishment workload and,
 * in mode `plan`, plans it once; prints its peak resident set size. Mode
 * `data` stops after building the workload (what the input alone costs).
 * Usage: node --import tsx bench/children/replenishment-rss.ts <seed> <parts> <plan|data>
 */
import { planReplenishment } from 'aftersales/parts';
import { createReplenishmentWorkload } from '../workloads/replenishment-workload';

const [seedText = '1', countText = '100000', mode = 'plan'] = process.argv.slice(2);
const workload = createReplenishmentWorkload(Number(seedText), Number(countText));
let planMs = 0;
let lines = 0;
if (mode === 'plan') {
  const start = performance.now();
  const plan = planReplenishment(workload.parts);
  planMs = performance.now() - start;
  if (plan.isErr()) throw new Error(JSON.stringify(plan.error));
  lines = plan.value.orders.reduce((total, order) => total + order.lines.length, 0);
}
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ maxRssMB: usage.maxRSS / 1024, planMs, lines, parts: workload.parts.length })}\n`,
);
