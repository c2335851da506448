import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmployeeId } from '../../src/org/index';
import { addCalendarDays, type CalendarDate } from '../../src/shared/index';
import {
  ASSESSMENT_INDICATORS,
  type AttendanceRecord,
  buildCertificationLookup,
  computeScore,
  defaultTrainingConfig,
  findInServiceGaps,
  isBandAtLeast,
  issueCertification,
  normalizeIndicatorValue,
  parseScorecard,
  parseTrainingConfig,
  rateScore,
  recordAssessment,
  recordAttendance,
  type Scorecard,
  transitionTrainingSession,
} from '../../src/training/index';
import {
  attended,
  certification,
  day,
  held,
  manager,
  noonOn,
  scheduled,
  T0,
  trainer,
} from './fixtures';

const score = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => (whole === 100 ? '100' : `${whole}.${String(cents).padStart(2, '0')}`));

/** A scorecard over the first `n` indicators with integer-percent weights summing to 100. */
const scorecard = fc
  .integer({ min: 1, max: ASSESSMENT_INDICATORS.length })
  .chain((n) =>
    fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }).map((raw) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const percents = raw.map((r) => Math.max(1, Math.floor((r * 100) / total)));
      const drift = 100 - percents.reduce((a, b) => a + b, 0);
      percents[0] = (percents[0] ?? 0) + drift;
      return percents;
    }),
  )
  .filter((percents) => percents.every((p) => p >= 1))
  .map(
    (percents): Scorecard => ({
      indicators: percents.map((p, i) => ({
        indicator: ASSESSMENT_INDICATORS[i] ?? 'service-quality',
        weight: (p / 100).toFixed(2).replace(/0+$/, '').replace(/\.$/, ''),
      })),
    }),
  );

describe('training properties', () => {
  it('§8.3.2 §8.1.3 §2.2.6 parse functions and commands never throw, whatever they are given', () => {
    const session = held();
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseTrainingConfig(input);
        parseScorecard(input);
        transitionTrainingSession(scheduled(), input as never);
        recordAttendance(session, input as never, { id: 'att_1', at: T0, actor: trainer });
        issueCertification(input as never, { id: 'crt_1', at: T0, actor: trainer });
        recordAssessment(input as never, { id: 'asm_1', at: T0, actor: manager });
        computeScore(input as never, defaultTrainingConfig.scorecard);
        normalizeIndicatorValue(input as never, { min: '0', max: '1', higherIsBetter: true });
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('§8.3.2 weights summing to 1 are accepted; the score lies between the lowest and highest value, in 0–100, deterministically', () => {
    fc.assert(
      fc.property(scorecard, fc.array(score, { minLength: 5, maxLength: 5 }), (card, values) => {
        expect(parseScorecard(card).isOk()).toBe(true);
        const given = Object.fromEntries(
          card.indicators.map((row, i) => [row.indicator, values[i] ?? '0']),
        );
        const result = computeScore(given, card)._unsafeUnwrap();
        const used = card.indicators.map((_, i) => Number(values[i] ?? '0'));
        const total = Number(result.score);
        expect(total).toBeGreaterThanOrEqual(Math.min(...used) - 0.005);
        expect(total).toBeLessThanOrEqual(Math.max(...used) + 0.005);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        const reversed = { indicators: [...card.indicators].reverse() };
        expect(computeScore(given, reversed)._unsafeUnwrap().score).toBe(result.score);
        expect(computeScore(given, card)._unsafeUnwrap()).toEqual(result);
      }),
    );
  });

  it('§8.3.2 moving any weight by 0.01 breaks the sum and is refused', () => {
    fc.assert(
      fc.property(scorecard, fc.constantFrom(0.01, -0.01), (card, delta) => {
        const [first, ...rest] = card.indicators;
        if (first === undefined) return;
        const weight = (Number(first.weight) + delta).toFixed(2);
        if (Number(weight) <= 0 || Number(weight) > 1) return;
        const changed = { indicators: [{ ...first, weight }, ...rest] };
        expect(parseScorecard(changed).isErr()).toBe(true);
        expect(computeScore({}, changed)._unsafeUnwrapErr().code).toBe('scorecard_weights_invalid');
      }),
    );
  });

  it('§8.3.3 a higher score never earns a worse band or a lower bonus coefficient', () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const bands = defaultTrainingConfig.ratingBands;
        const lowRating = rateScore(low, bands);
        const highRating = rateScore(high, bands);
        expect(isBandAtLeast(highRating.band, lowRating.band)).toBe(true);
        expect(Number(highRating.bonusCoefficient)).toBeGreaterThanOrEqual(
          Number(lowRating.bonusCoefficient),
        );
      }),
    );
  });

  it('§8.3.2 normalised values stay in 0–100 and follow the raw value', () => {
    const raw = fc.integer({ min: -500, max: 1500 }).map((n) => (n / 1000).toFixed(3));
    fc.assert(
      fc.property(raw, raw, fc.boolean(), (a, b, higherIsBetter) => {
        const range = { min: '0', max: '1', higherIsBetter };
        const x = Number(normalizeIndicatorValue(a, range)._unsafeUnwrap());
        const y = Number(normalizeIndicatorValue(b, range)._unsafeUnwrap());
        for (const v of [x, y]) expect(v >= 0 && v <= 100).toBe(true);
        if (Number(a) <= Number(b)) expect(higherIsBetter ? x <= y : x >= y).toBe(true);
      }),
    );
  });

  it('§8.1.2 attending more training never adds a gap', () => {
    const pool: AttendanceRecord[] = [
      '2025-11-03',
      '2026-01-20',
      '2026-02-11',
      '2026-05-05',
      '2026-09-30',
    ].flatMap((date) => [
      attended('emp_a', date, 'in-service', ['communication']),
      attended('emp_b', date, 'in-service', ['communication']),
    ]);
    const employees = [{ employeeId: 'emp_a' }, { employeeId: 'emp_b' }];
    fc.assert(
      fc.property(fc.subarray(pool), fc.subarray(pool), (some, more) => {
        const fewer = findInServiceGaps(employees, some, day('2025-10-01'), noonOn('2026-10-15'));
        const union = [...new Set([...some, ...more])];
        const after = findInServiceGaps(employees, union, day('2025-10-01'), noonOn('2026-10-15'));
        expect(after.length).toBeLessThanOrEqual(fewer.length);
        expect(fewer.length).toBeLessThanOrEqual(employees.length * 5);
      }),
    );
  });

  it('§8.1.3 a certification counts exactly from its issue day to its last day', () => {
    const base = day('2026-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -50, max: 900 }),
        (start, length, probe) => {
          const issuedOn = addCalendarDays(base, start);
          const expiresOn = addCalendarDays(issuedOn, length);
          const cert = certification('emp_p', 'EV-HV', issuedOn, expiresOn);
          const date: CalendarDate = addCalendarDays(base, probe);
          const lookup = buildCertificationLookup([cert], noonOn(date));
          expect(lookup('emp_p' as EmployeeId, 'EV-HV')).toBe(
            date >= issuedOn && date <= expiresOn,
          );
        },
      ),
    );
  });
});
