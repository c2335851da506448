import { describe, expect, it } from 'vitest';
import {
  computeFollowUpCoverage,
  type FollowUpTask,
  followUpFromDelivery,
  parseCrmConfig,
  transitionFollowUp,
} from '../../src/crm/index';
import type { Actor } from '../../src/org/index';
import { at, csAgent, csAgent2, delivery } from './fixtures';

function taskFor(n: number, deliveredAt: string): FollowUpTask {
  return followUpFromDelivery(delivery({ repairOrderId: `ro_${n}`, deliveredAt }), {
    id: `fu_${n}`,
  })._unsafeUnwrap().task;
}

function satisfied(task: FollowUpTask, when: string, actor: Actor = csAgent): FollowUpTask {
  return transitionFollowUp(task, { type: 'record-satisfied', at: at(when), actor })._unsafeUnwrap()
    .task;
}

function unreachable(task: FollowUpTask, when: string): FollowUpTask {
  let current = task;
  for (let i = 0; i < 3; i += 1) {
    current = transitionFollowUp(current, {
      type: 'record-not-reached',
      at: at(when),
      actor: csAgent2,
    })._unsafeUnwrap().task;
  }
  return current;
}

// Delivered 2 March (due end of 5 March) and 20 March (due end of 23 March), Shanghai.
const onTime = satisfied(taskFor(1, '2026-03-02T03:00:00.000Z'), '2026-03-03T02:00:00.000Z');
const lateCall = satisfied(
  taskFor(2, '2026-03-02T03:00:00.000Z'),
  '2026-03-06T02:00:00.000Z',
  csAgent2,
);
const neverReached = unreachable(
  taskFor(3, '2026-03-02T03:00:00.000Z'),
  '2026-03-04T02:00:00.000Z',
);
const forgotten = taskFor(4, '2026-03-02T03:00:00.000Z');
const notYetDue = taskFor(5, '2026-03-20T03:00:00.000Z');
const earlyBird = satisfied(taskFor(6, '2026-03-20T03:00:00.000Z'), '2026-03-20T08:00:00.000Z');
const april = taskFor(7, '2026-04-10T03:00:00.000Z');
const tasks = [onTime, lateCall, neverReached, forgotten, notYetDue, earlyBird, april];
const range = {
  from: at('2026-02-28T16:00:00.000Z'),
  to: at('2026-03-31T16:00:00.000Z'),
  asOf: at('2026-03-21T02:00:00.000Z'),
};

describe('computeFollowUpCoverage', () => {
  it('§2.2.5(2) counts late calls, unreachable customers and overdue tasks as misses', () => {
    const { overall, target } = computeFollowUpCoverage(tasks, range);
    expect(target).toBe(1);
    expect(overall).toEqual({
      due: 5,
      completedOnTime: 2,
      completedLate: 1,
      unreachable: 1,
      overdue: 1,
      pending: 1,
      coverage: 2 / 5,
      meetsTarget: false,
    });
  });

  it('§2.2.5(2) groups by agent and by period of the due date', () => {
    const result = computeFollowUpCoverage(tasks, { ...range, period: 'day' });
    expect(result.byAgent.map((row) => [row.agentId, row.due, row.completedOnTime])).toEqual([
      ['emp_cs1', 2, 2],
      ['emp_cs2', 2, 0],
      [null, 1, 0],
    ]);
    expect(result.byPeriod.map((row) => [row.period, row.due, row.coverage])).toEqual([
      ['2026-03-05', 4, 0.25],
      ['2026-03-23', 1, 1],
    ]);
    const monthly = computeFollowUpCoverage(tasks, { ...range, period: 'month' });
    expect(monthly.byPeriod.map((row) => row.period)).toEqual(['2026-03']);
  });

  it('§2.2.5(2) evaluates as things stood at asOf: later calls are not yet known', () => {
    const early = computeFollowUpCoverage(tasks, {
      ...range,
      asOf: at('2026-03-03T00:00:00.000Z'),
    });
    expect(early.overall).toMatchObject({ due: 0, pending: 6, coverage: null, meetsTarget: true });
  });

  it('§2.2.5(2) 100% coverage meets the manual’s target; the target is configurable', () => {
    const perfect = computeFollowUpCoverage([onTime, earlyBird], range);
    expect(perfect.overall).toMatchObject({ coverage: 1, meetsTarget: true });
    const lenient = parseCrmConfig({ followUp: { coverageTarget: 0.4 } })._unsafeUnwrap();
    expect(computeFollowUpCoverage(tasks, range, lenient).overall.meetsTarget).toBe(true);
  });
});
