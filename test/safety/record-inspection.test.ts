import { describe, expect, it } from 'vitest';
import {
  defaultSafetyChecklists,
  recordSafetyInspection,
  type SafetyInspectionInput,
} from '../../src/safety/index';
import type { ValidationError } from '../../src/shared/index';
import { safetyOfficer, T0, technician, workshopSupervisor } from './fixtures';

const checklist = defaultSafetyChecklists[2]!; // warehouse: exits, stacking, flammables, extinguishers

function input(overrides: Partial<SafetyInspectionInput> = {}): SafetyInspectionInput {
  return {
    kind: 'routine',
    checklist,
    results: [
      { itemId: 'exits', result: 'pass' },
      {
        itemId: 'stacking',
        result: 'fail',
        note: '第3排货架超高',
        hazard: { id: 'hz_7', riskLevel: 'significant', ownerId: workshopSupervisor.id },
      },
      { itemId: 'flammables', result: 'pass' },
      { itemId: 'extinguishers', result: 'not-applicable' },
    ],
    ...overrides,
  };
}

describe('recordSafetyInspection', () => {
  it('§9.1.2 records every checklist item and registers a hazard for each failure', () => {
    const { inspection, hazards, events } = recordSafetyInspection(input(), {
      id: 'sin_1',
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(inspection).toMatchObject({
      id: 'sin_1',
      area: 'warehouse',
      checklistId: 'warehouse',
      inspectedOn: '2026-03-02',
      inspectorId: 'emp_so',
      hazardIds: ['hz_7'],
    });
    expect(inspection.results.find((r) => r.itemId === 'stacking')).toMatchObject({
      result: 'fail',
      hazardId: 'hz_7',
    });
    expect(hazards).toHaveLength(1);
    expect(hazards[0]).toMatchObject({
      inspectionId: 'sin_1',
      area: 'warehouse',
      riskLevel: 'significant',
      rectificationDueOn: '2026-03-09',
      description: '货架稳固，堆放不超高：第3排货架超高',
    });
    expect(events.map((e) => e.type)).toEqual([
      'safety.inspection-recorded',
      'safety.hazard-reported',
    ]);
    expect(events[0]?.payload).toMatchObject({ failedItemIds: ['stacking'], hazardIds: ['hz_7'] });
  });

  it('§9.1.2 every checklist item needs a result, and no unknown item is accepted', () => {
    const results = input().results.slice(1);
    const missing = recordSafetyInspection(
      input({ results: [...results, { itemId: 'roof', result: 'pass' }] }),
      { id: 'sin_1', at: T0, actor: safetyOfficer },
    );
    expect(missing._unsafeUnwrapErr()).toMatchObject({
      code: 'inspection_checklist_incomplete',
      data: { missingItemIds: ['exits'], unknownItemIds: ['roof'] },
    });
  });

  it('§9.1.2 a failed item must register a hazard', () => {
    const results = input().results.map((r) =>
      r.itemId === 'flammables' ? { itemId: 'flammables', result: 'fail' as const } : r,
    );
    const error = recordSafetyInspection(input({ results }), {
      id: 'sin_1',
      at: T0,
      actor: safetyOfficer,
    });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: 'inspection_hazard_required',
      data: { itemIds: ['flammables'] },
    });
  });

  it('§9.1.2 only a failed item registers a hazard', () => {
    const results = input().results.map((r) =>
      r.itemId === 'exits'
        ? {
            ...r,
            hazard: { id: 'hz_8', riskLevel: 'low' as const, ownerId: workshopSupervisor.id },
          }
        : r,
    );
    const error = recordSafetyInspection(input({ results }), {
      id: 'sin_1',
      at: T0,
      actor: safetyOfficer,
    });
    expect(
      (error._unsafeUnwrapErr() as ValidationError).data.issues.map((i) => `${i.path}:${i.reason}`),
    ).toEqual(['results.0.hazard:hazard_without_failure']);
  });

  it('§9.1.2 needs safety-inspection.record and a valid id', () => {
    expect(
      recordSafetyInspection(input(), { id: 'sin_1', at: T0, actor: technician })._unsafeUnwrapErr()
        .code,
    ).toBe('forbidden');
    expect(
      recordSafetyInspection(input(), { id: '', at: T0, actor: safetyOfficer })._unsafeUnwrapErr()
        .code,
    ).toBe('validation_failed');
  });
});
