import { describe, expect, it } from 'vitest';
import { advisor, at, qc, run, step, tech, workDone, working } from './fixtures';

const stopped = () =>
  step(working(), {
    type: 'clock-off',
    at: at(90),
    actor: tech,
    jobId: 'job_1',
    technicianId: tech.id,
  });
const complete = (work: Record<string, unknown>) => ({
  type: 'complete-job',
  at: at(91),
  actor: tech,
  jobId: 'job_1',
  work,
});

describe('work to the plan, progress and road test', () => {
  it('§3.3(3) a job is completed with the work on its approved plan', () => {
    const order = step(
      stopped(),
      complete({
        opCodes: ['OP-BRAKE-F'],
        parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
        feeCodes: [],
      }),
    );
    expect(order.jobs[0]?.status).toBe('done');
    expect(order.jobs[0]?.completion).toEqual({
      at: at(91),
      by: tech.id,
      work: {
        opCodes: ['OP-BRAKE-F'],
        parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
        feeCodes: [],
      },
    });
  });

  it('§3.3(3) completing with operations or parts not on the approved plan is rejected, naming each', () => {
    const error = run(
      stopped(),
      complete({
        opCodes: ['OP-BRAKE-F', 'OP-DISC-F'],
        parts: [
          { partNumber: 'P-PAD-F', quantity: '2' },
          { partNumber: 'P-DISC-F', quantity: '1' },
        ],
        feeCodes: ['F-DISPOSAL'],
      }),
    )._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'off_plan_work',
      clause: '§3.3(3)',
      data: {
        jobId: 'job_1',
        opCodes: ['OP-DISC-F'],
        partNumbers: ['P-PAD-F', 'P-DISC-F'],
        feeCodes: ['F-DISPOSAL'],
      },
    });
  });

  it('X-2 a job cannot be completed while someone is still clocked on it', () => {
    const error = run(
      working(),
      complete({ opCodes: ['OP-BRAKE-F'], parts: [], feeCodes: [] }),
    )._unsafeUnwrapErr();
    expect(error).toEqual({ code: 'clock_still_on', clause: 'X-2', data: { jobIds: ['job_1'] } });
  });

  it('§3.3(4) the progress log records entries and customer updates', () => {
    const order = step(working(), {
      type: 'record-progress',
      at: at(60),
      actor: advisor,
      note: '已拆检，等待确认追加项目',
      customerNotified: true,
      channel: 'wechat',
    });
    expect(order.progress).toEqual([
      {
        at: at(60),
        by: advisor.id,
        note: '已拆检，等待确认追加项目',
        customerNotified: true,
        channel: 'wechat',
      },
    ]);
  });

  it('§4.3(4) waiting for parts pauses the order and their arrival resumes it', () => {
    const waiting = step(working(), {
      type: 'wait-for-parts',
      at: at(40),
      actor: advisor,
      reason: '刹车片缺货',
      partNumbers: ['P-PAD-F'],
    });
    expect(waiting.status).toBe('waiting-for-parts');
    expect(waiting.partsWait).toEqual({
      since: at(40),
      reason: '刹车片缺货',
      partNumbers: ['P-PAD-F'],
    });
    const resumed = step(waiting, { type: 'parts-arrived', at: at(240), actor: advisor });
    expect(resumed.status).toBe('in-progress');
    expect(resumed.partsWait).toBeNull();
  });

  it('§3.3(5) a road test is recorded on a done job, and is required before inspection for the configured categories', () => {
    const done = step(
      stopped(),
      complete({
        opCodes: ['OP-BRAKE-F'],
        parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
        feeCodes: [],
      }),
    );
    expect(
      run(working(), {
        type: 'record-road-test',
        at: at(95),
        actor: tech,
        jobId: 'job_1',
        passed: true,
      })._unsafeUnwrapErr().code,
    ).toBe('job_not_workable');
    expect(
      run(done, { type: 'submit-for-inspection', at: at(110), actor: tech })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'road_test_required',
      clause: '§3.3(5)',
      data: { jobIds: ['job_1'] },
    });
    const failed = step(done, {
      type: 'record-road-test',
      at: at(100),
      actor: tech,
      jobId: 'job_1',
      passed: false,
      note: '仍有异响',
    });
    expect(
      run(failed, { type: 'submit-for-inspection', at: at(110), actor: tech })._unsafeUnwrapErr()
        .code,
    ).toBe('road_test_required');
    expect(
      step(workDone(), { type: 'submit-for-inspection', at: at(110), actor: tech }).status,
    ).toBe('quality-check');
    expect(workDone().jobs[0]?.roadTest).toEqual({
      passed: true,
      at: at(100),
      by: tech.id,
      distanceKm: 5,
    });
  });

  it('§3.3(5) categories configured without a road test go to inspection without one', () => {
    const config = { roadTestCategories: [] } as never;
    const order = step(working(), {
      type: 'clock-off',
      at: at(90),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    const noTest = { ...order, jobs: order.jobs.map((job) => ({ ...job, needsRoadTest: false })) };
    const done = step(
      noTest,
      complete({ opCodes: ['OP-BRAKE-F'], parts: [], feeCodes: [] }),
      config,
    );
    expect(step(done, { type: 'submit-for-inspection', at: at(110), actor: tech }).status).toBe(
      'quality-check',
    );
    expect(
      run(done, {
        type: 'record-road-test',
        at: at(100),
        actor: qc,
        jobId: 'job_1',
        passed: true,
      }).isOk(),
    ).toBe(true);
  });

  it('§4.3(5) the order goes to inspection only when every job is done', () => {
    expect(
      run(working(), { type: 'submit-for-inspection', at: at(110), actor: tech })._unsafeUnwrapErr()
        .code,
    ).toBe('clock_still_on');
    expect(
      run(stopped(), {
        type: 'submit-for-inspection',
        at: at(110),
        actor: tech,
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'jobs_not_complete',
      clause: '§4.3(4)',
      data: { jobIds: ['job_1'] },
    });
  });
});
