import { describe, expect, it } from 'vitest';
import {
  computeActionMetrics,
  findOverdueActions,
  isActionOverdue,
  parseImprovementConfig,
} from '../../src/improvement/index';
import type { CalendarDate } from '../../src/shared/index';
import {
  at,
  complaintTrigger,
  h,
  implementedAction,
  kpiTrigger,
  manager,
  openedAction,
  runAction,
  supervisor,
} from './fixtures';

// Every action below is opened at T0 (2026-03-02 in Shanghai) and due 2026-04-01.
const verify = (effective: boolean, hours: number) =>
  ({ type: 'verify', at: h(hours), actor: manager, effective }) as const;
const close = (hours: number) => ({ type: 'close', at: h(hours), actor: supervisor }) as const;

function register() {
  const closedOnTime = runAction(implementedAction('ia_1'), verify(true, 24 * 10), close(24 * 11));
  const closedLate = runAction(
    implementedAction('ia_2'),
    verify(false, 24 * 10),
    { type: 'implement', at: h(24 * 20), actor: manager, summary: '二次整改' },
    verify(true, 24 * 40),
    close(24 * 41),
  );
  const open = openedAction(kpiTrigger, 'ia_3');
  const manual = openedAction(null, 'ia_4');
  const cancelled = runAction(openedAction({ ...complaintTrigger, sourceId: 'cmp_9' }, 'ia_5'), {
    type: 'cancel',
    at: h(1),
    actor: supervisor,
    reason: 'raised-in-error',
  });
  return [closedOnTime, closedLate, open, manual, cancelled];
}

describe('overdue actions', () => {
  it('§12.1.1–§12.1.3 an action is overdue from the day after its due date until closed', () => {
    const open = openedAction(kpiTrigger);
    expect(isActionOverdue(open, '2026-04-01' as CalendarDate)).toBe(false);
    expect(isActionOverdue(open, '2026-04-02' as CalendarDate)).toBe(true);
    const closed = runAction(implementedAction(), verify(true, 100), close(101));
    expect(isActionOverdue(closed, '2027-01-01' as CalendarDate)).toBe(false);
  });

  it('§12.1.1–§12.1.3 overdue is judged on the dealer’s calendar day', () => {
    const actions = [openedAction(kpiTrigger, 'ia_1')];
    // 2026-04-01T16:30Z is 2026-04-02 00:30 in Shanghai but still 04-01 in UTC.
    const instant = at('2026-04-01T16:30:00.000Z');
    expect(findOverdueActions(actions, instant)).toEqual([
      {
        actionId: 'ia_1',
        source: 'kpi-miss',
        status: 'open',
        ownerId: 'emp_t',
        dueOn: '2026-04-01',
        daysOverdue: 1,
      },
    ]);
    const utc = parseImprovementConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    expect(findOverdueActions(actions, instant, utc)).toEqual([]);
  });

  it('§12.1.1–§12.1.3 the overdue worklist puts the most overdue first', () => {
    const early = runAction(openedAction(kpiTrigger, 'ia_2'), {
      type: 'reassign',
      at: h(1),
      actor: supervisor,
      dueOn: '2026-03-10',
    });
    const rows = findOverdueActions(
      [openedAction(complaintTrigger, 'ia_1'), early],
      at('2026-04-05T02:00:00.000Z'),
    );
    expect(rows.map((row) => [row.actionId, row.daysOverdue])).toEqual([
      ['ia_2', 26],
      ['ia_1', 4],
    ]);
  });
});

describe('computeActionMetrics', () => {
  it('§12.1.1–§12.1.3 counts open and overdue actions by source', () => {
    const metrics = computeActionMetrics(register(), {
      at: at('2026-04-10T02:00:00.000Z'),
    })._unsafeUnwrap();
    expect(metrics.asOf).toBe('2026-04-10');
    expect(metrics.open).toBe(2);
    expect(metrics.overdue).toBe(1); // the KPI action; the manual one is due 2026-05-01
    expect(metrics.bySource.find((row) => row.source === 'kpi-miss')).toEqual({
      source: 'kpi-miss',
      open: 1,
      overdue: 1,
    });
    expect(metrics.bySource.find((row) => row.source === 'manual')).toEqual({
      source: 'manual',
      open: 1,
      overdue: 0,
    });
    expect(metrics.bySource.find((row) => row.source === 'complaint')).toEqual({
      source: 'complaint',
      open: 0,
      overdue: 0,
    });
    expect(metrics.bySource).toHaveLength(11);
  });

  it('§12.1.1–§12.1.3 on-time closure rate and effectiveness on first verification', () => {
    const metrics = computeActionMetrics(register(), {
      at: at('2026-04-20T02:00:00.000Z'),
    })._unsafeUnwrap();
    expect(metrics).toMatchObject({
      closed: 2,
      closedOnTime: 1,
      onTimeClosureRate: 0.5,
      verified: 2,
      effectiveFirstTime: 1,
      effectivenessRate: 0.5,
    });
  });

  it('§12.1.1–§12.1.3 a period limits which closures and first verifications count; none gives null', () => {
    const march = computeActionMetrics(register(), {
      at: at('2026-04-20T02:00:00.000Z'),
      from: '2026-03-01',
      to: '2026-03-31',
    })._unsafeUnwrap();
    expect(march).toMatchObject({ closed: 1, closedOnTime: 1, onTimeClosureRate: 1, verified: 2 });
    const empty = computeActionMetrics([], { at: at('2026-04-20T02:00:00.000Z') })._unsafeUnwrap();
    expect(empty).toMatchObject({ open: 0, onTimeClosureRate: null, effectivenessRate: null });
    expect(computeActionMetrics([], { at: 'yesterday' as never }).isErr()).toBe(true);
  });
});
