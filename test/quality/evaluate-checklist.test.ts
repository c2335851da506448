import { describe, expect, it } from 'vitest';
import { type ChecklistResult, evaluateChecklist } from '../../src/quality/index';
import { day, gauge, passingResults } from './fixtures';

const on = day('2026-03-02');
const base = { equipment: [gauge], categories: ['second-level-maintenance' as const], on };

describe('evaluateChecklist (§4.2(3), §4.2(5))', () => {
  it('§4.2(3) judges every result and accepts a complete checklist', () => {
    const results = passingResults(['second-level-maintenance']);
    const outcomes = evaluateChecklist({ ...base, results, requireComplete: true })._unsafeUnwrap();
    expect(outcomes).toHaveLength(results.length);
    expect(outcomes.every((o) => o.passed)).toBe(true);
  });

  it('§4.2(3) reports missing items only when completeness is required', () => {
    const results = passingResults(['second-level-maintenance']).slice(0, 2);
    expect(evaluateChecklist({ ...base, results, requireComplete: false }).isOk()).toBe(true);
    const error = evaluateChecklist({ ...base, results, requireComplete: true })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'checklist_incomplete', clause: '§4.2(3)' });
    expect(error.code === 'checklist_incomplete' && error.data.missingItemIds).toContain(
      'tread-depth',
    );
  });

  it('§4.2(3) rejects unknown items, categories not covered and kind mismatches', () => {
    const unknown = [
      { kind: 'pass-fail', category: 'second-level-maintenance', itemId: 'paint', passed: true },
    ] as ChecklistResult[];
    expect(
      evaluateChecklist({ ...base, results: unknown, requireComplete: false })._unsafeUnwrapErr()
        .code,
    ).toBe('checklist_item_unknown');
    const other = [
      { kind: 'pass-fail', category: 'minor-repair', itemId: 'no-leaks', passed: true },
    ] as ChecklistResult[];
    expect(
      evaluateChecklist({ ...base, results: other, requireComplete: false })._unsafeUnwrapErr()
        .code,
    ).toBe('checklist_item_unknown');
    const mismatch = [
      {
        kind: 'pass-fail',
        category: 'second-level-maintenance',
        itemId: 'tread-depth',
        passed: true,
      },
    ] as ChecklistResult[];
    expect(
      evaluateChecklist({ ...base, results: mismatch, requireComplete: false })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'checklist_result_mismatch',
      data: { expectedKind: 'measurement' },
    });
  });

  it('§4.2(5) a measurement with overdue, retired or unregistered equipment is rejected', () => {
    const results = [
      {
        kind: 'measurement',
        category: 'second-level-maintenance',
        itemId: 'tread-depth',
        value: '3',
        equipmentId: 'eq_gauge',
      },
    ] as ChecklistResult[];
    const check = (equipment: (typeof gauge)[]) =>
      evaluateChecklist({ ...base, equipment, results, requireComplete: false });
    expect(check([gauge]).isOk()).toBe(true);
    expect(check([{ ...gauge, calibrationDueOn: day('2026-03-01') }])._unsafeUnwrapErr().code).toBe(
      'equipment_calibration_overdue',
    );
    expect(check([{ ...gauge, calibrationDueOn: day('2026-03-02') }]).isOk()).toBe(true);
    expect(check([{ ...gauge, status: 'retired' }])._unsafeUnwrapErr().code).toBe(
      'equipment_out_of_service',
    );
    expect(
      check([{ ...gauge, lastCalibratedOn: null, calibrationDueOn: null }])._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'equipment_calibration_overdue',
      data: { dueOn: 'never' },
    });
    expect(
      check([{ ...gauge, calibrationIntervalDays: null, calibrationDueOn: null }]).isOk(),
    ).toBe(true);
    expect(check([])._unsafeUnwrapErr().code).toBe('equipment_not_registered');
  });

  it('§4.2(3) a failed pass/fail item and an out-of-limit measurement are judged failed', () => {
    const results = [
      {
        kind: 'pass-fail',
        category: 'second-level-maintenance',
        itemId: 'no-leaks',
        passed: false,
      },
      {
        kind: 'measurement',
        category: 'second-level-maintenance',
        itemId: 'tread-depth',
        value: '1.5',
        equipmentId: 'eq_gauge',
      },
    ] as ChecklistResult[];
    const outcomes = evaluateChecklist({
      ...base,
      results,
      requireComplete: false,
    })._unsafeUnwrap();
    expect(outcomes.map((o) => o.passed)).toEqual([false, false]);
  });
});
