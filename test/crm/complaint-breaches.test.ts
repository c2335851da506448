import { describe, expect, it } from 'vitest';
import {
  complaintBreaches,
  escalateComplaint,
  findComplaintBreaches,
  parseCrmConfig,
  transitionComplaint,
} from '../../src/crm/index';
import { at, complaint, csAgent } from './fixtures';

const t = (hours: number) =>
  at(new Date(Date.parse('2026-03-02T02:00:00.000Z') + hours * 3_600_000).toISOString());

// A high-severity complaint received at t(0): respond by t(4), resolve by t(48).
const high = () => complaint({ severity: 'high' });

describe('complaint deadlines', () => {
  it('§1.2(4) §7.3.2 breaches are computable at any instant', () => {
    expect(complaintBreaches(high(), t(3))).toEqual([]);
    expect(complaintBreaches(high(), t(5))).toEqual([
      {
        complaintId: 'cmp_1',
        customerId: 'cus_1',
        kind: 'response',
        severity: 'high',
        dueBy: t(4),
        overdueMinutes: 60,
        ongoing: true,
      },
    ]);
    expect(complaintBreaches(high(), t(50)).map((b) => [b.kind, b.overdueMinutes])).toEqual([
      ['response', 2760],
      ['resolution', 120],
    ]);
  });

  it('§1.2(4) a step done late stays a breach, no longer ongoing; a step done in time is none', () => {
    let c = transitionComplaint(high(), {
      type: 'confirm',
      at: t(1),
      actor: csAgent,
    })._unsafeUnwrap().complaint;
    c = transitionComplaint(c, { type: 'respond', at: t(6), actor: csAgent })._unsafeUnwrap()
      .complaint;
    expect(complaintBreaches(c, t(10))).toEqual([
      expect.objectContaining({ kind: 'response', overdueMinutes: 120, ongoing: false }),
    ]);
    const inTime = transitionComplaint(
      transitionComplaint(high(), { type: 'confirm', at: t(1), actor: csAgent })._unsafeUnwrap()
        .complaint,
      { type: 'respond', at: t(2), actor: csAgent },
    )._unsafeUnwrap().complaint;
    expect(complaintBreaches(inTime, t(10))).toEqual([]);
  });

  it('§1.2(4) findComplaintBreaches lists the most overdue first', () => {
    const low = complaint({ severity: 'low' }, 'cmp_2');
    const breaches = findComplaintBreaches([low, high()], t(30));
    expect(breaches.map((b) => [b.complaintId, b.kind])).toEqual([
      ['cmp_1', 'response'],
      ['cmp_2', 'response'],
    ]);
  });

  it('§7.3.2 a breach escalates to the service manager once per handling cycle', () => {
    const first = escalateComplaint(high(), t(5));
    expect(first.events).toHaveLength(1);
    expect(first.events[0]).toMatchObject({
      type: 'crm.complaint-escalated',
      aggregateId: 'cmp_1',
      at: t(5),
      payload: {
        complaintId: 'cmp_1',
        customerId: 'cus_1',
        kind: 'response',
        severity: 'high',
        dueBy: t(4),
        overdueMinutes: 60,
        escalateTo: 'service-manager',
      },
    });
    expect(first.complaint.escalations).toEqual([
      { kind: 'response', at: t(5), dueBy: t(4), toRole: 'service-manager', cycle: 0 },
    ]);
    // Idempotent: the timer may run again.
    const again = escalateComplaint(first.complaint, t(6));
    expect(again.events).toEqual([]);
    expect(again.complaint).toBe(first.complaint);
    // Later the resolution deadline passes too.
    const later = escalateComplaint(first.complaint, t(49));
    expect(later.events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ kind: 'resolution', overdueMinutes: 60 }),
    ]);
  });

  it('§7.3.2 no breach, no escalation; the target role is configurable', () => {
    expect(escalateComplaint(high(), t(1))).toEqual({ complaint: high(), events: [] });
    const config = parseCrmConfig({ complaint: { escalateTo: 'cs-supervisor' } })._unsafeUnwrap();
    expect(escalateComplaint(high(), t(5), config).events[0]?.payload).toMatchObject({
      escalateTo: 'cs-supervisor',
    });
  });

  it('§7.3.3 a reopened complaint starts a new cycle with its own deadline and escalation', () => {
    let c = high();
    for (const command of [
      { type: 'confirm', at: t(1) },
      { type: 'respond', at: t(2) },
      { type: 'start-resolving', at: t(3) },
      { type: 'resolve', at: t(10), summary: '已处理' },
      { type: 'reopen', at: t(20) },
    ] as const) {
      c = transitionComplaint(c, { ...command, actor: csAgent } as never)._unsafeUnwrap().complaint;
    }
    expect(c.resolutionDueBy).toBe(t(68));
    expect(complaintBreaches(c, t(60))).toEqual([]);
    const escalated = escalateComplaint(c, t(70));
    expect(escalated.complaint.escalations).toEqual([
      { kind: 'resolution', at: t(70), dueBy: t(68), toRole: 'service-manager', cycle: 1 },
    ]);
  });
});
