import { type Booking, findSlots } from 'aftersales/appointment';
import { sampleInterleaved } from '../lib/measure';
import { type CaseResult, type Check, formatMs, info, judged } from '../lib/report';
import { createSlotsWorkload } from '../workloads/slots-workload';

const SIZES = [250, 500, 1000, 2000] as const;
const BUDGET_SIZE = 1000;

/** The baseline: one pass over the same bookings, sorting a copy by start. */
function sortByStart(bookings: readonly Booking[]): Booking[] {
  return [...bookings].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export function runSlotsCase(seed: number): CaseResult {
  const workload = createSlotsWorkload(seed, Math.max(...SIZES));
  const sets = new Map<number, readonly Booking[]>(
    SIZES.map((size) => [size, workload.bookings.slice(0, size)]),
  );
  const bookingsOf = (size: number) => sets.get(size) ?? [];
  const found = (size: number, first = false) => {
    const request = first ? workload.firstPage : workload.request;
    const result = findSlots(request, workload.capacity, bookingsOf(size));
    if (result.isErr()) throw new Error(`findSlots failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const counts = Object.fromEntries(SIZES.map((size) => [size, found(size).length]));
  const lastDate = found(BUDGET_SIZE).at(-1)?.date;

  const subjects = [
    ...SIZES.flatMap((size) => [
      { name: `findSlots-${size}`, run: () => found(size) },
      { name: `sort-${size}`, run: () => sortByStart(bookingsOf(size)) },
    ]),
    { name: 'findSlots-first-page', run: () => found(BUDGET_SIZE, true) },
  ];
  const timings = sampleInterleaved(subjects, { rounds: 31, sampleMs: 20, warmupMs: 300 });
  const at = (name: string) => timings[name]?.median ?? Number.NaN;
  const main = at(`findSlots-${BUDGET_SIZE}`);
  const sort = at(`sort-${BUDGET_SIZE}`);
  const smallest = SIZES[0];
  const largest = SIZES[SIZES.length - 1] as number;
  const growth = at(`findSlots-${largest}`) / at(`findSlots-${smallest}`);
  const checks: Check[] = [
    judged({
      id: 'slots.1000.median',
      group: 'slots',
      title: `findSlots 30 days, 20 bays, 40 technicians, ${BUDGET_SIZE} bookings (200 slots)`,
      value: main,
      unit: 'ms',
      budget: { op: '<=', limit: 2 },
      detail: `${counts[BUDGET_SIZE]} slots up to ${lastDate}`,
    }),
    info({
      id: 'slots.1000.ratio',
      group: 'slots',
      title: `findSlots ${BUDGET_SIZE} bookings ÷ sorting them by start`,
      value: main / sort,
      unit: '×',
      detail: `median ${formatMs(main)} vs ${formatMs(sort)}`,
    }),
    info({
      id: 'slots.first-page.median',
      group: 'slots',
      title: `findSlots first page (10 slots), ${BUDGET_SIZE} bookings`,
      value: at('findSlots-first-page'),
      unit: 'ms',
      detail: `${(at('findSlots-first-page') / sort).toFixed(2)}× the sort of all ${BUDGET_SIZE} bookings`,
    }),
    judged({
      id: 'slots.growth',
      group: 'slots',
      title: `findSlots ${largest} ÷ ${smallest} bookings (linear: ${largest / smallest}×)`,
      value: growth,
      unit: '×',
      budget: { op: '<=', limit: largest / smallest },
      detail:
        SIZES.map((size) => `${size}: ${formatMs(at(`findSlots-${size}`))}`).join(', ') +
        `; sort grows ${(at(`sort-${largest}`) / at(`sort-${smallest}`)).toFixed(1)}×`,
    }),
  ];
  return { checks, data: { slotsFound: counts, timings } };
}
