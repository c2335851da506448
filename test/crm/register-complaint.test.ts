import { describe, expect, it } from 'vitest';
import { complaintDeadlines, parseCrmConfig, registerComplaint } from '../../src/crm/index';
import { CONTACT_CHANNELS } from '../../src/shared/index';
import {
  advisor,
  at,
  complaint,
  csAgent,
  hostileInputs,
  partsClerk,
  reasons,
  T0,
} from './fixtures';

const input = {
  customerId: 'cus_1',
  repairOrderId: 'ro_1',
  channel: 'wechat',
  category: 'repair-quality',
  severity: 'high',
  summary: '保养后发动机异响，要求退款',
} as const;

describe('registerComplaint', () => {
  it('§1.2(2) §7.3.1 complaints arrive online (website, official account), by phone or on site', () => {
    expect(CONTACT_CHANNELS).toEqual(['phone', 'online', 'wechat', 'app', 'walk-in']);
    for (const channel of CONTACT_CHANNELS) {
      expect(complaint({ channel }).channel).toBe(channel);
    }
    expect(
      reasons(
        registerComplaint({ ...input, channel: 'fax' } as never, {
          id: 'cmp_1',
          at: T0,
          actor: csAgent,
        }),
      ),
    ).toEqual(['channel:invalid_value']);
  });

  it('§7.3.2 §1.2(4) a received complaint has category, severity and deadlines by severity', () => {
    const { complaint: c, events } = registerComplaint(input, {
      id: 'cmp_1',
      at: T0,
      actor: advisor,
    })._unsafeUnwrap();
    expect(c).toMatchObject({
      status: 'received',
      receivedAt: T0,
      receivedBy: 'emp_sa',
      category: 'repair-quality',
      severity: 'high',
      repairOrderId: 'ro_1',
      responseDueBy: '2026-03-02T06:00:00.000Z',
      resolutionDueBy: '2026-03-04T02:00:00.000Z',
      reopenCount: 0,
      escalations: [],
    });
    expect(events[0]).toMatchObject({
      type: 'crm.complaint-received',
      payload: { complaintId: 'cmp_1', severity: 'high', channel: 'wechat' },
    });
    // The customer's words stay on the complaint, out of the event (§1.2(7)).
    expect(JSON.stringify(events)).not.toContain('异响');
  });

  it('§1.2(4) default deadlines tighten with severity and are configurable', () => {
    const hours = (severity: 'low' | 'medium' | 'high' | 'critical') => {
      const d = complaintDeadlines(severity, T0);
      const h = (i: string) => (Date.parse(i) - Date.parse(T0)) / 3_600_000;
      return [h(d.responseDueBy), h(d.resolutionDueBy)];
    };
    expect(hours('low')).toEqual([24, 168]);
    expect(hours('medium')).toEqual([24, 72]);
    expect(hours('high')).toEqual([4, 48]);
    expect(hours('critical')).toEqual([2, 24]);
    const config = parseCrmConfig({
      complaint: { deadlines: { critical: { responseHours: 1, resolutionHours: 8 } } },
    })._unsafeUnwrap();
    expect(complaintDeadlines('critical', T0, config).responseDueBy).toBe(
      '2026-03-02T03:00:00.000Z',
    );
    expect(config.complaint.deadlines.low).toEqual({ responseHours: 24, resolutionHours: 168 });
    expect(
      reasons(
        parseCrmConfig({
          complaint: { deadlines: { low: { responseHours: 50, resolutionHours: 10 } } },
        }),
      ),
    ).toEqual(['complaint.deadlines.low:response_after_resolution']);
  });

  it('§7.3.1 the warehouse does not register complaints; bad input is typed', () => {
    expect(
      registerComplaint(input, { id: 'cmp_1', at: T0, actor: partsClerk })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    for (const bad of hostileInputs) {
      expect(
        registerComplaint(bad as never, {
          id: 'cmp_1',
          at: at('2026-03-02T00:00:00Z'),
          actor: csAgent,
        }).isErr(),
      ).toBe(true);
    }
  });
});
