import { describe, expect, it } from 'vitest';
import { checkInspectionReport } from '../../src/repair-order/check-inspection-report';
import { advisor, at, qc, reportFor, run, step, tech, workDone } from './fixtures';

const inspecting = () =>
  step(workDone(), { type: 'submit-for-inspection', at: at(110), actor: tech });

describe('quality check and delivery readiness', () => {
  it('§4.3(5) submitting for inspection names the jobs and repair categories inspected', () => {
    const result = run(workDone(), {
      type: 'submit-for-inspection',
      at: at(110),
      actor: tech,
    })._unsafeUnwrap();
    expect(result.state.status).toBe('quality-check');
    expect(result.events[0]?.payload).toEqual({
      jobIds: ['job_1'],
      repairCategories: ['minor-repair'],
      status: 'quality-check',
    });
  });

  it('§3.4(5) ready for delivery requires a passed inspection report of this order covering its jobs', () => {
    const order = inspecting();
    const ready = run(order, {
      type: 'mark-ready-for-delivery',
      at: at(125),
      actor: qc,
      report: reportFor(order),
    })._unsafeUnwrap();
    expect(ready.state.status).toBe('ready-for-delivery');
    expect(ready.state.inspection).toEqual({
      reportId: 'qcr_1',
      passedAt: at(124),
      finalInspectorId: qc.id,
      reworkCount: 0,
    });

    const other = reportFor(order, { repairOrderId: 'ro_2' });
    expect(
      run(order, {
        type: 'mark-ready-for-delivery',
        at: at(125),
        actor: qc,
        report: other,
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'inspection_report_invalid',
      clause: '§3.4(5)',
      data: { reason: 'other-order', missingJobIds: [] },
    });
    const partial = {
      ...order,
      jobs: [...order.jobs, { ...order.jobs[0], id: 'job_2' } as (typeof order.jobs)[number]],
    };
    expect(checkInspectionReport(partial, reportFor(order))._unsafeUnwrapErr().data).toEqual({
      reason: 'jobs-missing',
      missingJobIds: ['job_2'],
    });
    const failedFinal = reportFor(order, {
      levels: reportFor(order).levels.map((level) =>
        level.level === 3 ? { ...level, passed: false } : level,
      ),
    });
    expect(checkInspectionReport(order, failedFinal)._unsafeUnwrapErr().data.reason).toBe(
      'not-passed',
    );
  });

  it('§3.4(5) without a report the order stays in quality check and cannot be delivered', () => {
    const order = inspecting();
    expect(
      run(order, { type: 'deliver', at: at(140), actor: advisor })._unsafeUnwrapErr().code,
    ).toBe('invalid_transition');
    expect(
      run(order, {
        type: 'mark-ready-for-delivery',
        at: at(125),
        actor: qc,
        report: {},
      })._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§3.4(4) a failed inspection sends jobs back to work; they must be completed and road-tested again', () => {
    const order = step(inspecting(), {
      type: 'require-rework',
      at: at(121),
      actor: qc,
      jobIds: ['job_1'],
      findings: ['刹车踏板行程过长'],
    });
    expect(order.status).toBe('in-progress');
    const job = order.jobs[0];
    expect(job?.status).toBe('rework');
    expect(job?.reworkCount).toBe(1);
    expect(job?.completion).toBeNull();
    expect(job?.roadTest).toBeNull();
    expect(job?.findings.at(-1)).toEqual({ text: '刹车踏板行程过长', at: at(121), by: qc.id });
    expect(
      run(order, { type: 'submit-for-inspection', at: at(130), actor: tech })._unsafeUnwrapErr()
        .code,
    ).toBe('jobs_not_complete');
    const again = step(order, {
      type: 'clock-on',
      at: at(131),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    expect(again.jobs[0]?.status).toBe('in-progress');
  });

  it('§3.4(4) only inspectors send work back, and only done jobs of this order', () => {
    const order = inspecting();
    const base = { type: 'require-rework', at: at(121), jobIds: ['job_1'], findings: ['x'] };
    expect(run(order, { ...base, actor: advisor })._unsafeUnwrapErr().code).toBe('forbidden');
    expect(run(order, { ...base, actor: qc, jobIds: ['job_9'] })._unsafeUnwrapErr().code).toBe(
      'job_not_found',
    );
  });
});
