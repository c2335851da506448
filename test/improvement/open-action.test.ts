import { describe, expect, it } from 'vitest';
import {
  findActionForTrigger,
  openAction,
  parseImprovementConfig,
  transitionAction,
  triggerKey,
} from '../../src/improvement/index';
import {
  at,
  complaintTrigger,
  kpiTrigger,
  manager,
  openedAction,
  supervisor,
  T0,
  technician,
} from './fixtures';

const context = { id: 'ia_9', at: T0, actor: supervisor };

describe('openAction', () => {
  it('§12.1.1–§12.1.3 §11.2.4 a KPI below target opens a corrective action with owner and due date', () => {
    const { action, events } = openAction(
      { trigger: kpiTrigger, ownerId: 'emp_t' },
      context,
    )._unsafeUnwrap();
    expect(action).toMatchObject({
      id: 'ia_9',
      version: 0,
      kind: 'corrective',
      source: 'kpi-miss',
      status: 'open',
      ownerId: 'emp_t',
      subject: 'first-time-fix-rate',
      triggerKey: 'kpi-miss|first-time-fix-rate:2026-02|kpi_below_target',
      dueOn: '2026-04-01', // 30 days after 2026-03-02
      openedBy: 'emp_ws',
      reopenCount: 0,
    });
    expect(action.trigger).toEqual(kpiTrigger);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'improvement.action-opened',
      aggregateType: 'improvement-action',
      aggregateId: 'ia_9',
      payload: {
        source: 'kpi-miss',
        sourceId: kpiTrigger.sourceId,
        reason: 'kpi_below_target',
        dueOn: '2026-04-01',
      },
    });
  });

  it('§12.1.1–§12.1.3 the default due date counts from the opening day in the dealer’s zone', () => {
    // 2026-03-01 17:00 UTC is already 2026-03-02 01:00 in Shanghai.
    const late = at('2026-03-01T17:00:00.000Z');
    const shanghai = openAction(
      { trigger: kpiTrigger, ownerId: 'emp_t' },
      { ...context, at: late },
    )._unsafeUnwrap();
    expect(shanghai.action.dueOn).toBe('2026-04-01');
    const utc = parseImprovementConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    const london = openAction(
      { trigger: kpiTrigger, ownerId: 'emp_t' },
      { ...context, at: late },
      { config: utc },
    );
    expect(london._unsafeUnwrap().action.dueOn).toBe('2026-03-31');
  });

  it('§12.1.1–§12.1.3 a preventive action may be opened manually with title and subject', () => {
    const { action } = openAction(
      { title: '举升机季度点检', subject: 'lift-safety', ownerId: 'emp_t', dueOn: '2026-03-20' },
      context,
    )._unsafeUnwrap();
    expect(action).toMatchObject({
      kind: 'preventive',
      source: 'manual',
      trigger: null,
      triggerKey: null,
      dueOn: '2026-03-20',
    });
    const missing = openAction({ ownerId: 'emp_t' }, context)._unsafeUnwrapErr();
    expect(missing.code).toBe('validation_failed');
    expect(JSON.stringify(missing)).toContain('subject');
  });

  it('§12.1.1–§12.1.3 a corrective action needs the trigger it answers', () => {
    const result = openAction(
      { kind: 'corrective', title: '返修', subject: 'x', ownerId: 'emp_t' },
      context,
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'improvement_trigger_required',
      clause: '§12.1.1–§12.1.3',
    });
  });

  it('§12.1.1–§12.1.3 a trigger may open a preventive action (e.g. a drill finding)', () => {
    const drill = {
      ...kpiTrigger,
      source: 'drill' as const,
      sourceId: 'drl_1',
      reason: 'drill_finding',
    };
    const { action } = openAction(
      { trigger: drill, kind: 'preventive', ownerId: 'emp_t' },
      context,
    )._unsafeUnwrap();
    expect(action).toMatchObject({ kind: 'preventive', source: 'drill', dueOn: '2026-05-01' });
  });

  it('§12.1.1–§12.1.3 the same complaint does not open two actions', () => {
    const first = openedAction(complaintTrigger, 'ia_1');
    const again = openAction({ trigger: { ...complaintTrigger }, ownerId: 'emp_t2' }, context, {
      existing: [first],
    });
    expect(again._unsafeUnwrapErr()).toMatchObject({
      code: 'duplicate_improvement_trigger',
      data: { actionId: 'ia_1', triggerKey: triggerKey(complaintTrigger) },
    });
    expect(findActionForTrigger(complaintTrigger, [first])?.id).toBe('ia_1');
    // A different reason about the same complaint is a new occasion.
    const other = { ...complaintTrigger, reason: 'complaint_closed' };
    expect(
      openAction({ trigger: other, ownerId: 'emp_t' }, context, { existing: [first] }).isOk(),
    ).toBe(true);
    // A cancelled action no longer blocks the trigger.
    const cancelled = transitionAction(first, {
      type: 'cancel',
      at: T0,
      actor: supervisor,
      reason: 'raised-in-error',
    })._unsafeUnwrap().action;
    expect(findActionForTrigger(complaintTrigger, [cancelled])).toBeNull();
    expect(
      openAction({ trigger: complaintTrigger, ownerId: 'emp_t' }, context, {
        existing: [cancelled],
      }).isOk(),
    ).toBe(true);
  });

  it('§12.1.1–§12.1.3 opening needs improvement-action.manage', () => {
    const refused = openAction(
      { trigger: kpiTrigger, ownerId: 'emp_t' },
      { ...context, actor: technician },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'improvement-action.manage' },
    });
    expect(
      openAction({ trigger: kpiTrigger, ownerId: 'emp_t' }, { ...context, actor: manager }).isOk(),
    ).toBe(true);
  });

  it('§12.1.1–§12.1.3 a due date before the opening day is refused; a malformed trigger is invalid', () => {
    const early = openAction(
      { trigger: kpiTrigger, ownerId: 'emp_t', dueOn: '2026-03-01' },
      context,
    );
    expect(early._unsafeUnwrapErr()).toMatchObject({
      code: 'due_date_before_opening',
      data: { dueOn: '2026-03-01', openedOn: '2026-03-02' },
    });
    const bad = openAction(
      { trigger: { ...kpiTrigger, reason: 'Not Snake' }, ownerId: 'emp_t' },
      context,
    );
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
