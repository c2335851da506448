import { describe, expect, it } from 'vitest';
import { summarizeJobTime } from '../../src/repair-order/summarize-job-time';
import { approved, at, step, tech, workDone, working } from './fixtures';

describe('summarizeJobTime', () => {
  it('X-2 compares clocked time with flat-rate hours', () => {
    const job = workDone().jobs[0];
    if (job === undefined) throw new Error('fixture');
    expect(summarizeJobTime(job)).toEqual({
      jobId: 'job_1',
      flatRateHours: '1.2',
      clockedMinutes: 60,
      clockedHours: '1.00',
      efficiency: '1.20',
      openClockOns: 0,
    });
  });

  it('X-2 sums several clock-ons and counts an open one up to now only when asked', () => {
    let order = step(working(), {
      type: 'clock-off',
      at: at(60),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    order = step(order, {
      type: 'clock-on',
      at: at(70),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    const job = order.jobs[0];
    if (job === undefined) throw new Error('fixture');
    expect(summarizeJobTime(job)).toMatchObject({
      clockedMinutes: 30,
      openClockOns: 1,
      efficiency: '2.40',
    });
    expect(summarizeJobTime(job, at(100))).toMatchObject({
      clockedMinutes: 60,
      clockedHours: '1.00',
    });
  });

  it('X-2 before any clocking there is no efficiency', () => {
    const job = approved().jobs[0];
    if (job === undefined) throw new Error('fixture');
    expect(summarizeJobTime(job)).toMatchObject({
      clockedMinutes: 0,
      efficiency: null,
      flatRateHours: '1.2',
    });
  });
});
