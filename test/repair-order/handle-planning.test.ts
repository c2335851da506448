import { describe, expect, it } from 'vitest';
import { actorFromEmployee } from '../../src/org/index';
import {
  advisor,
  approved,
  at,
  brakeEstimate,
  brakeJob,
  inDiagnosis,
  manager,
  quoteOf,
  run,
  step,
  supervisor,
  tech,
  tech2,
} from './fixtures';

const dispatch = (jobId = 'job_1', technicianId: string = tech.id, actor = supervisor) => ({
  type: 'dispatch-job',
  at: at(25),
  actor,
  jobId,
  technicianId,
  teamId: 'team_m1',
});

const approvePlan = {
  type: 'approve-plan',
  at: at(20),
  actor: advisor,
  decidedBy: 'customer',
  channel: 'walk-in',
};

describe('planning and dispatch', () => {
  it('§4.1(3) jobs carry a repair category from the seven of GB/T 16739; others are rejected', () => {
    const order = step(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob(),
    });
    expect(order.jobs[0]?.repairCategory).toBe('minor-repair');
    const bad = run(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob({ repairCategory: 'tuning' } as never),
    });
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
  });

  it('§3.3(2) the plan holds labour operations with flat-rate hours and parts with grade (REG-3)', () => {
    const order = step(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob(),
    });
    expect(order.jobs[0]?.lines).toEqual([
      {
        kind: 'labour',
        id: 'ln_1',
        opCode: 'OP-BRAKE-F',
        description: '更换前刹车片',
        quantity: '1',
        flatRateHours: '1.2',
        approval: 'pending',
        supplementaryId: null,
      },
      {
        kind: 'part',
        id: 'ln_2',
        partNumber: 'P-PAD-F',
        grade: 'oem',
        description: '前刹车片',
        quantity: '1',
        approval: 'pending',
        supplementaryId: null,
      },
    ]);
    expect(order.jobs[0]?.needsRoadTest).toBe(true);
  });

  it('§3.3(2) job and line ids must be new on the order', () => {
    const order = step(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob(),
    });
    expect(
      run(order, { type: 'add-job', at: at(11), actor: tech, job: brakeJob() })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'duplicate_id',
      data: { kind: 'job', id: 'job_1' },
    });
    const sameLine = run(order, {
      type: 'add-job',
      at: at(11),
      actor: tech,
      job: brakeJob({ id: 'job_2' } as never),
    });
    expect(sameLine._unsafeUnwrapErr().data).toEqual({ kind: 'line', id: 'ln_1' });
  });

  it('§3.3(1) technicians record diagnosis findings per job', () => {
    let order = step(inDiagnosis(), { type: 'add-job', at: at(10), actor: tech, job: brakeJob() });
    order = step(order, {
      type: 'record-finding',
      at: at(12),
      actor: tech,
      jobId: 'job_1',
      text: '前刹车片剩余 2mm',
    });
    expect(order.jobs[0]?.findings).toEqual([
      { text: '前刹车片剩余 2mm', at: at(12), by: tech.id },
    ]);
    const missing = run(order, {
      type: 'record-finding',
      at: at(12),
      actor: tech,
      jobId: 'job_9',
      text: 'x',
    });
    expect(missing._unsafeUnwrapErr()).toEqual({ code: 'job_not_found', data: { jobId: 'job_9' } });
  });

  it('X-3 multipoint yellow and red items become deferred recommendations; a later green clears one', () => {
    let order = step(inDiagnosis(), {
      type: 'record-multipoint',
      at: at(15),
      actor: tech,
      items: [
        { code: 'tyre-fl', label: '左前轮胎花纹', result: 'yellow', note: '3mm' },
        { code: 'wiper', label: '雨刮片', result: 'red' },
        { code: 'battery', label: '蓄电池', result: 'green' },
      ],
    });
    expect(order.recommendations.map((r) => [r.code, r.severity, r.source])).toEqual([
      ['tyre-fl', 'yellow', 'multipoint'],
      ['wiper', 'red', 'multipoint'],
    ]);
    order = step(order, {
      type: 'record-multipoint',
      at: at(16),
      actor: tech,
      items: [{ code: 'wiper', label: '雨刮片', result: 'green' }],
    });
    expect(order.recommendations.map((r) => r.code)).toEqual(['tyre-fl']);
    expect(order.multipoint.find((item) => item.code === 'wiper')?.result).toBe('green');
  });

  it('§4.3(3) approving the plan needs a job with lines; then every plan line is approved', () => {
    expect(run(inDiagnosis(), approvePlan)._unsafeUnwrapErr()).toMatchObject({
      code: 'plan_empty',
      clause: '§4.3(3)',
    });
    const order = approved();
    expect(order.status).toBe('approved');
    expect(order.jobs.flatMap((job) => job.lines.map((line) => line.approval))).toEqual([
      'approved',
      'approved',
    ]);
    expect(order.planApproval).toMatchObject({
      decidedBy: 'customer',
      channel: 'walk-in',
      recordedBy: advisor.id,
    });
    expect(order.planApproval?.estimate).toEqual(brakeEstimate());
  });

  it('§4.3(3) a revised estimate given with the approval replaces the reception estimate as the approved one', () => {
    const revised = quoteOf([{ kind: 'labour', opCode: 'OP-BRAKE-F', quantity: '1' }], 'q_rev');
    let order = step(inDiagnosis(), { type: 'add-job', at: at(10), actor: tech, job: brakeJob() });
    order = step(order, { ...approvePlan, estimate: revised });
    expect(order.planApproval?.estimate.id).toBe('q_rev');
    expect(order.reception.estimate?.id).toBe('q_est');
  });

  it('§2.2.3(1) only the workshop supervisor (or a delegate) dispatches a job to a technician and team', () => {
    const order = approved();
    for (const actor of [advisor, tech, manager]) {
      expect(run(order, dispatch('job_1', tech.id, actor))._unsafeUnwrapErr()).toMatchObject({
        code: 'forbidden',
        clause: '§2.2.3(1)',
        data: { capability: 'job.dispatch' },
      });
    }
    const delegate = actorFromEmployee({ id: 'emp_tl' as never, roles: ['team-leader'] }, [
      'job.dispatch',
    ]);
    expect(run(order, dispatch('job_1', tech.id, delegate)).isOk()).toBe(true);
    const job = step(order, dispatch()).jobs[0];
    expect(job?.assignment).toEqual({
      technicianId: tech.id,
      teamId: 'team_m1',
      at: at(25),
      by: supervisor.id,
    });
    expect(job?.status).toBe('dispatched');
  });

  it('§2.2.3(1) a job that requires a certification is dispatched only to a certified technician (host port)', () => {
    let order = step(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob({ requiredCertification: 'EV-HV' } as never),
    });
    order = step(order, approvePlan);
    const isCertified = (technicianId: string, certification: string) =>
      technicianId === tech2.id && certification === 'EV-HV';
    expect(run(order, dispatch('job_1', tech.id), { isCertified })._unsafeUnwrapErr()).toEqual({
      code: 'technician_not_certified',
      clause: '§2.2.3(1)',
      data: { technicianId: tech.id, certification: 'EV-HV' },
    });
    expect(run(order, dispatch('job_1', tech2.id), { isCertified }).isOk()).toBe(true);
    // Without the port nobody can be shown to be certified: fail closed.
    expect(run(order, dispatch('job_1', tech2.id))._unsafeUnwrapErr().code).toBe(
      'technician_not_certified',
    );
  });
});
