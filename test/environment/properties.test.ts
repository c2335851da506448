import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEnergyIntensity,
  computeRecyclingRate,
  DISPOSAL_ROUTES,
  defaultWasteCategoryRules,
  listHazardousStorageDue,
  type MeterReading,
  type Period,
  recordMeterReading,
  summarizeEnergyConsumption,
  WASTE_CATEGORIES,
  type WasteLot,
} from '../../src/environment/index';
import { addCalendarDays, addMinutesToInstant } from '../../src/shared/index';
import { at, date, generate, meter, safetyOfficer, store, transfer } from './fixtures';

/** Exact thousandths of a decimal string, so the test checks the library without trusting floats. */
function milli(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, '0'));
}

const text = (thousandths: bigint): string => {
  const whole = thousandths / 1000n;
  const fraction = (thousandths % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return fraction === '' ? `${whole}` : `${whole}.${fraction}`;
};

// Categories the default rules let leave the site (hazardous ones need a class).
const transferable = WASTE_CATEGORIES.filter(
  (c) =>
    !defaultWasteCategoryRules[c].hazardous || defaultWasteCategoryRules[c].hazardousClass !== null,
);

const START = at('2026-01-01T00:00:00.000Z');
const everything = { from: '2025-01-01', to: '2030-12-31' } as Period;

describe('properties', () => {
  it('§10.2(1) consumption never goes negative and the readings add up to last − first', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        fc.array(fc.bigInt({ min: 0n, max: 5_000_000n }), { minLength: 1, maxLength: 20 }),
        (startMilli, steps) => {
          const m = meter();
          const readings: MeterReading[] = [];
          let value = startMilli;
          const values = [value, ...steps.map((step) => (value += step))];
          values.forEach((v, index) => {
            const readAt = addMinutesToInstant(START, index * 60 * 24);
            const result = recordMeterReading(
              { meter: m, previous: readings[index - 1] ?? null, value: text(v), readAt },
              { id: `rdg_${index}`, at: readAt, actor: safetyOfficer },
            )._unsafeUnwrap();
            readings.push(result.reading);
          });
          for (const reading of readings.slice(1))
            expect(milli(reading.consumption ?? '-1') >= 0n).toBe(true);
          const total = summarizeEnergyConsumption(readings, everything)._unsafeUnwrap().byKind
            .electricity;
          expect(milli(total.consumption)).toBe((values.at(-1) ?? 0n) - startMilli);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('§10.2(1) a replacement or rollover yields exactly the metered consumption', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 99_999_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        (previousMilli, tail, head) => {
          const m = meter();
          const readAt = START;
          const previous = recordMeterReading(
            { meter: m, previous: null, value: text(previousMilli), readAt },
            { id: 'rdg_0', at: readAt, actor: safetyOfficer },
          )._unsafeUnwrap().reading;
          const later = addMinutesToInstant(readAt, 60);
          const replaced = recordMeterReading(
            {
              meter: m,
              previous,
              value: text(head + 5000n),
              readAt: later,
              reset: {
                kind: 'replacement',
                oldMeterFinal: text(previousMilli + tail),
                newMeterStart: '5',
              },
            },
            { id: 'rdg_1', at: later, actor: safetyOfficer },
          )._unsafeUnwrap().reading;
          expect(milli(replaced.consumption ?? '')).toBe(tail + head);
          const limit = 100_000_000n; // a 5-digit register, in thousandths
          const rolled = recordMeterReading(
            {
              meter: m,
              previous,
              value: text(head),
              readAt: later,
              reset: { kind: 'rollover', registerLimit: '100000' },
            },
            { id: 'rdg_2', at: later, actor: safetyOfficer },
          )._unsafeUnwrap().reading;
          expect(milli(rolled.consumption ?? '')).toBe(limit - previousMilli + head);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('§10.3(2) §10.3(3) §10.3(4) routes add up to the total and the rate stays in [0, 1]', () => {
    const lotArb = fc.record({
      milli: fc.bigInt({ min: 1n, max: 50_000_000n }),
      route: fc.constantFrom(...DISPOSAL_ROUTES),
      category: fc.constantFrom(
        'used-oil',
        'paper',
        'scrap-metal',
        'lead-acid-battery',
        'tyre' as const,
      ),
    });
    fc.assert(
      fc.property(fc.array(lotArb, { maxLength: 15 }), (specs) => {
        const when = at('2026-06-01T02:00:00.000Z');
        const lots = specs.map((spec, index) =>
          transfer(
            generate({ category: spec.category, weightKg: text(spec.milli) }, `wl_${index}`),
            when,
            {
              route: spec.route,
            },
          ),
        );
        const summary = computeRecyclingRate(lots, everything)._unsafeUnwrap();
        const total = specs.reduce((sum, spec) => sum + spec.milli, 0n);
        expect(milli(summary.totalKg)).toBe(total);
        const routes = Object.values(summary.byRoute).reduce((sum, kg) => sum + milli(kg), 0n);
        expect(routes).toBe(total);
        expect(milli(summary.recoveredKg) <= total).toBe(true);
        if (specs.length === 0) expect(summary.rate).toBeNull();
        else {
          const rate = Number(summary.rate);
          expect(rate >= 0 && rate <= 1).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('§10.2(1) intensity × repair orders is the consumption within half a rounding unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_000n }),
        fc.integer({ min: 1, max: 5000 }),
        (consumed, orders) => {
          const byKind = {
            electricity: { unit: 'kWh', consumption: text(consumed) },
            water: { unit: 'm3', consumption: '0' },
            gas: { unit: 'm3', consumption: '0' },
          } as never;
          const per = computeEnergyIntensity({ byKind }, orders)._unsafeUnwrap().byKind.electricity
            .perRepairOrder;
          const back = milli(per ?? '') * BigInt(orders);
          const diff = back > consumed ? back - consumed : consumed - back;
          expect(diff * 2n <= BigInt(orders)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('REG-6 every listed lot is hazardous, on site, within the window, and overdue exactly when past its deadline', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dayOffset: fc.integer({ min: 0, max: 700 }),
            category: fc.constantFrom(...transferable),
            stage: fc.constantFrom('generated', 'stored', 'transferred'),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 60 }),
        (specs, onOffset, withinDays) => {
          const lots: WasteLot[] = specs.map((spec, index) => {
            const when = addMinutesToInstant(START, spec.dayOffset * 24 * 60);
            const lot = generate({ category: spec.category, weightKg: '1' }, `wl_${index}`, when);
            if (spec.stage === 'generated') return lot;
            if (spec.stage === 'stored') return store(lot, when);
            return transfer(lot, addMinutesToInstant(when, 60));
          });
          const on = addCalendarDays(date('2026-01-01'), onOffset);
          const due = listHazardousStorageDue(lots, { on, withinDays })._unsafeUnwrap();
          for (const entry of due) {
            const lot = lots.find((l) => l.id === entry.lotId);
            expect(lot?.hazardous).toBe(true);
            expect(lot?.status).not.toBe('transferred');
            expect(entry.daysLeft <= withinDays).toBe(true);
            expect(entry.state === 'overdue').toBe(entry.daysLeft < 0);
          }
          const deadlines = due.map((d) => d.deadline);
          expect([...deadlines].sort()).toEqual(deadlines);
          const expected = lots.filter(
            (l) =>
              l.hazardous &&
              l.status !== 'transferred' &&
              addCalendarDays(l.generatedOn, 365) <= addCalendarDays(on, withinDays),
          );
          expect(due).toHaveLength(expected.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
