import { describe, expect, it } from 'vitest';
import { type Complaint, improvementFromComplaint, transitionComplaint } from '../../src/crm/index';
import { complaint, csAgent, csSupervisor, T0 } from './fixtures';

function closed(satisfied: boolean): Complaint {
  let c = complaint({ category: 'timeliness' });
  for (const command of [
    { type: 'confirm' },
    { type: 'respond' },
    { type: 'start-resolving' },
    { type: 'resolve', summary: '已道歉并赠送保养券' },
  ] as const) {
    c = transitionComplaint(c, { ...command, at: T0, actor: csAgent })._unsafeUnwrap().complaint;
  }
  return transitionComplaint(c, {
    type: 'close',
    at: T0,
    actor: csSupervisor,
    feedback: { satisfied, channel: 'phone' },
  })._unsafeUnwrap().complaint;
}

describe('improvementFromComplaint', () => {
  it('§1.2(6) §7.3.3 a closed complaint yields improvement data; an unsatisfied one is flagged', () => {
    expect(improvementFromComplaint(closed(true))).toEqual({
      source: 'complaint',
      sourceId: 'cmp_1',
      reason: 'complaint_closed',
      subject: 'timeliness',
      score: null,
      threshold: null,
      customerId: 'cus_1',
      clause: '§1.2(6)',
    });
    expect(improvementFromComplaint(closed(false))?.reason).toBe('complaint_closed_unsatisfied');
  });

  it('§1.2(6) an open complaint yields nothing yet', () => {
    expect(improvementFromComplaint(complaint())).toBeNull();
  });
});
