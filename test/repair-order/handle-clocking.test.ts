import { describe, expect, it } from 'vitest';
import { advisor, approved, at, run, step, supervisor, tech, tech2, working } from './fixtures';

const clockOn = (minutes: number, technicianId: string = tech.id, jobId = 'job_1') => ({
  type: 'clock-on',
  at: at(minutes),
  actor: tech,
  jobId,
  technicianId,
});
const clockOff = (minutes: number, technicianId: string = tech.id) => ({
  type: 'clock-off',
  at: at(minutes),
  actor: tech,
  jobId: 'job_1',
  technicianId,
});

describe('time clocking (X-2)', () => {
  it('X-2 the first clock-on of the dispatched technician starts the work', () => {
    const order = working();
    expect(order.status).toBe('in-progress');
    expect(order.workStartedAt).toBe(at(30));
    expect(order.jobs[0]?.clockings).toEqual([
      { technicianId: tech.id, onAt: at(30), offAt: null },
    ]);
    expect(order.jobs[0]?.status).toBe('in-progress');
  });

  it('X-2 clock-off closes the open clock-on and reports the minutes', () => {
    const result = run(working(), clockOff(75))._unsafeUnwrap();
    expect(result.state.jobs[0]?.clockings).toEqual([
      { technicianId: tech.id, onAt: at(30), offAt: at(75) },
    ]);
    expect(result.events[0]?.payload).toMatchObject({
      jobId: 'job_1',
      technicianId: tech.id,
      minutes: 45,
    });
  });

  it('X-2 one technician never has two open clock-ons, in this order or another', () => {
    expect(run(working(), clockOn(40))._unsafeUnwrapErr()).toEqual({
      code: 'clock_overlap',
      clause: 'X-2',
      data: { technicianId: tech.id, repairOrderId: 'ro_1', jobId: 'job_1' },
    });
    const order = step(working(), clockOff(60));
    const elsewhere = { activeClockOn: () => ({ repairOrderId: 'ro_9', jobId: 'job_3' }) };
    expect(run(order, clockOn(61), elsewhere)._unsafeUnwrapErr().data).toEqual({
      technicianId: tech.id,
      repairOrderId: 'ro_9',
      jobId: 'job_3',
    });
    const here = { activeClockOn: () => ({ repairOrderId: 'ro_1', jobId: 'job_1' }) };
    expect(run(order, clockOn(61), here).isOk()).toBe(true);
  });

  it('X-2 clock-off needs an open clock-on and cannot be before it', () => {
    expect(run(step(working(), clockOff(60)), clockOff(61))._unsafeUnwrapErr()).toEqual({
      code: 'not_clocked_on',
      clause: 'X-2',
      data: { technicianId: tech.id, jobId: 'job_1' },
    });
    expect(run(working(), clockOff(29))._unsafeUnwrapErr()).toMatchObject({
      code: 'clock_off_before_on',
      clause: 'X-2',
    });
  });

  it('§2.2.3(1) only the technician the job was dispatched to clocks on it, and only once dispatched', () => {
    let order = approved();
    expect(run(order, clockOn(30))._unsafeUnwrapErr()).toEqual({
      code: 'job_not_dispatched',
      clause: '§2.2.3(1)',
      data: { jobId: 'job_1' },
    });
    order = step(order, {
      type: 'dispatch-job',
      at: at(25),
      actor: supervisor,
      jobId: 'job_1',
      technicianId: tech.id,
      teamId: 'team_m1',
    });
    expect(run(order, clockOn(30, tech2.id))._unsafeUnwrapErr().code).toBe(
      'technician_not_assigned',
    );
    expect(run(order, { ...clockOn(30), actor: advisor })._unsafeUnwrapErr().code).toBe(
      'forbidden',
    );
  });
});
