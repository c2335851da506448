import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findOverdueHazards,
  type IncidentCommand,
  planDrillSchedule,
  registerSafetyRecord,
  summarizeSafetyRecords,
  transitionIncident,
} from '../../src/safety/index';
import {
  addCalendarDays,
  type CalendarDate,
  differenceInCalendarDays,
  startOfDealerDay,
} from '../../src/shared/index';
import {
  action,
  at,
  day,
  drill,
  hazard,
  incident,
  plan,
  safetyOfficer,
  T0,
  technician,
} from './fixtures';

const BASE = day('2026-01-01');
const dayOffset = fc.integer({ min: 0, max: 800 });
const dateFrom = (offset: number): CalendarDate => addCalendarDays(BASE, offset);

describe('safety properties', () => {
  it('§9.1.2 overdue hazards: exactly the open ones past their deadline, days ≥ 1, longest first', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            due: dayOffset,
            status: fc.constantFrom('reported', 'rectifying', 'rectified', 'verified'),
          }),
          { maxLength: 12 },
        ),
        dayOffset,
        (specs, today) => {
          const hazards = specs.map((s, i) => ({
            ...hazard({ id: `hz_${i}` }),
            rectificationDueOn: dateFrom(s.due),
            status: s.status,
          }));
          const on = dateFrom(today);
          const list = findOverdueHazards(hazards, startOfDealerDay(on));
          const expected = hazards.filter(
            (h) =>
              (h.status === 'reported' || h.status === 'rectifying') && h.rectificationDueOn < on,
          );
          expect(list.map((h) => h.hazardId).sort()).toEqual(expected.map((h) => h.id).sort());
          for (const item of list) {
            expect(item.daysOverdue).toBe(differenceInCalendarDays(on, item.rectificationDueOn));
            expect(item.daysOverdue).toBeGreaterThanOrEqual(1);
          }
          for (let i = 1; i < list.length; i++) {
            expect(list[i - 1]!.daysOverdue).toBeGreaterThanOrEqual(list[i]!.daysOverdue);
          }
        },
      ),
    );
  });

  it('§9.3.3 REG-5 the next drill falls one interval after the latest drill; overdue iff past it', () => {
    const booth = plan({
      id: 'plan_booth',
      type: 'on-site',
      scenario: 'booth',
      effectiveOn: '2025-12-31',
    });
    fc.assert(
      fc.property(fc.array(dayOffset, { maxLength: 6 }), dayOffset, (drillDays, today) => {
        const on = dateFrom(today);
        const drills = drillDays.map((d, i) => ({
          ...drill([booth], '2026-01-01', `drl_${i}`),
          conductedOn: dateFrom(d),
        }));
        const [entry] = planDrillSchedule([booth], drills, startOfDealerDay(on));
        const past = drills
          .map((d) => d.conductedOn)
          .filter((d) => d <= on)
          .sort();
        const last = past.at(-1) ?? null;
        expect(entry?.lastDrilledOn).toBe(last);
        const from = last ?? booth.effectiveOn;
        const gap = differenceInCalendarDays(entry!.nextDueOn, from);
        expect(gap).toBeGreaterThanOrEqual(181); // six calendar months: 181–184 days
        expect(gap).toBeLessThanOrEqual(184);
        expect(entry?.status === 'overdue').toBe(on > entry!.nextDueOn);
        expect(entry?.daysUntilDue).toBe(differenceInCalendarDays(entry!.nextDueOn, on));
      }),
    );
  });

  it('§9.1.3 reward and penalty totals equal the sum of the amounts, to the cent, never negative', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cents: fc.integer({ min: 1, max: 10_000_000 }), reward: fc.boolean() }),
          { maxLength: 15 },
        ),
        (specs) => {
          const records = specs.map(
            (s, i) =>
              registerSafetyRecord(
                {
                  kind: s.reward ? 'reward' : 'penalty',
                  form: s.reward ? 'bonus' : 'fine',
                  recipientType: 'employee',
                  recipientId: 'emp_t',
                  linkType: 'inspection',
                  linkId: 'sin_1',
                  amount: { amount: (s.cents / 100).toFixed(2), currency: 'CNY' },
                  reason: '奖惩',
                },
                { id: `srd_${i}`, at: T0, actor: safetyOfficer },
              )._unsafeUnwrap().record,
          );
          const summary = summarizeSafetyRecords(records)._unsafeUnwrap();
          const cents = (reward: boolean) =>
            specs.filter((s) => s.reward === reward).reduce((sum, s) => sum + s.cents, 0);
          expect(summary.rewards.total.amount).toBe((cents(true) / 100).toFixed(2));
          expect(summary.penalties.total.amount).toBe((cents(false) / 100).toFixed(2));
          expect(summary.rewards.count + summary.penalties.count).toBe(specs.length);
        },
      ),
    );
  });

  it('§9.3.1 no command sequence closes an incident without a root cause and completed actions', () => {
    const later = at('2026-03-05T02:00:00.000Z');
    const commands: IncidentCommand[] = [
      { type: 'start-investigation', at: later, actor: safetyOfficer },
      {
        type: 'record-root-cause',
        at: later,
        actor: safetyOfficer,
        rootCause: '防护缺失',
        category: 'unsafe-condition',
      },
      { type: 'add-corrective-action', at: later, actor: safetyOfficer, action: action('ca_1') },
      { type: 'add-corrective-action', at: later, actor: safetyOfficer, action: action('ca_2') },
      { type: 'start-actions', at: later, actor: safetyOfficer },
      { type: 'complete-corrective-action', at: later, actor: safetyOfficer, actionId: 'ca_1' },
      { type: 'complete-corrective-action', at: later, actor: safetyOfficer, actionId: 'ca_2' },
      { type: 'close', at: later, actor: safetyOfficer },
      { type: 'close', at: later, actor: technician },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...commands), { maxLength: 25 }), (sequence) => {
        let current = incident();
        for (const command of sequence) {
          const before = structuredClone(current);
          const result = transitionIncident(current, command);
          expect(current).toEqual(before);
          if (result.isErr()) continue;
          current = result.value.incident;
          expect(result.value.events).toHaveLength(1);
        }
        if (current.status === 'closed') {
          expect(current.rootCause).not.toBeNull();
          expect(current.correctiveActions.length).toBeGreaterThan(0);
          expect(current.correctiveActions.every((a) => a.completedAt !== null)).toBe(true);
          expect(current.closedBy).toBe('emp_so');
        }
      }),
    );
  });
});
