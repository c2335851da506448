import { describe, expect, it } from 'vitest';
import type { RepairOrder } from '../../src/repair-order/schema';
import { advisor, at, quoteOf, run, step, supervisor, tech, tech2, working } from './fixtures';

const discJob = {
  id: 'job_2',
  title: '更换前刹车盘',
  repairCategory: 'minor-repair',
  lines: [
    {
      kind: 'labour',
      id: 'ln_3',
      opCode: 'OP-DISC-F',
      description: '更换前刹车盘',
      quantity: '1',
      flatRateHours: '1',
    },
    {
      kind: 'part',
      id: 'ln_4',
      partNumber: 'P-DISC-F',
      grade: 'oem',
      description: '前刹车盘',
      quantity: '2',
    },
  ],
};

function proposed(): RepairOrder {
  return step(working(), {
    type: 'propose-supplementary',
    at: at(40),
    actor: advisor,
    supplementaryId: 'sup_1',
    reason: '拆检发现前刹车盘磨损超限',
    urgency: 'red',
    estimate: quoteOf(
      [
        { kind: 'labour', opCode: 'OP-DISC-F', quantity: '1' },
        { kind: 'part', partNumber: 'P-DISC-F', quantity: '2' },
        { kind: 'fee', feeCode: 'F-DISPOSAL', quantity: '1' },
      ],
      'q_sup',
    ),
    newJobs: [discJob],
    addedLines: [
      {
        jobId: 'job_1',
        line: {
          kind: 'fee',
          id: 'ln_5',
          feeCode: 'F-DISPOSAL',
          description: '废件处置',
          quantity: '1',
        },
      },
    ],
  });
}

const decide = (approvedLineIds: string[], declinedLineIds: string[]) => ({
  type: 'decide-supplementary',
  at: at(60),
  actor: advisor,
  supplementaryId: 'sup_1',
  decidedBy: 'customer',
  channel: 'phone',
  reference: 'call-0331-0912',
  approvedLineIds,
  declinedLineIds,
});

describe('supplementary work (§3.3(2), REG-4)', () => {
  it('§3.3(2) added work forms a supplementary estimate and the order waits for the customer', () => {
    const order = proposed();
    expect(order.status).toBe('waiting-for-approval');
    expect(order.supplementaries[0]).toMatchObject({
      id: 'sup_1',
      urgency: 'red',
      jobIds: ['job_2'],
      lineIds: ['ln_3', 'ln_4', 'ln_5'],
      decision: null,
    });
    expect(order.supplementaries[0]?.estimate.id).toBe('q_sup');
    const added = order.jobs
      .flatMap((job) => job.lines)
      .filter((line) => line.supplementaryId === 'sup_1');
    expect(added.map((line) => line.approval)).toEqual(['pending', 'pending', 'pending']);
  });

  it('REG-4 no added work can be dispatched, clocked or completed before the customer approves it', () => {
    const order = proposed();
    const dispatch = run(order, {
      type: 'dispatch-job',
      at: at(41),
      actor: supervisor,
      jobId: 'job_2',
      technicianId: tech2.id,
      teamId: 'team_m1',
    });
    expect(dispatch._unsafeUnwrapErr()).toEqual({
      code: 'work_not_approved',
      clause: 'REG-4',
      data: { jobId: 'job_2', lineIds: ['ln_3', 'ln_4'] },
    });
    // job_1 has an added pending line: it may go on, but cannot be completed until the decision.
    let busy = step(order, {
      type: 'clock-off',
      at: at(45),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    const complete = run(busy, {
      type: 'complete-job',
      at: at(46),
      actor: tech,
      jobId: 'job_1',
      work: {
        opCodes: ['OP-BRAKE-F'],
        parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
        feeCodes: ['F-DISPOSAL'],
      },
    });
    expect(complete._unsafeUnwrapErr()).toEqual({
      code: 'supplementary_pending',
      clause: 'REG-4',
      data: { supplementaryIds: ['sup_1'] },
    });
    busy = step(busy, {
      type: 'clock-on',
      at: at(47),
      actor: tech,
      jobId: 'job_1',
      technicianId: tech.id,
    });
    expect(busy.jobs[0]?.clockings).toHaveLength(2);
  });

  it('REG-4 records who approved, when and through which channel; approved lines can then be worked', () => {
    const order = step(proposed(), decide(['ln_3', 'ln_4', 'ln_5'], []));
    expect(order.status).toBe('in-progress');
    expect(order.supplementaries[0]?.decision).toEqual({
      decidedBy: 'customer',
      at: at(60),
      channel: 'phone',
      recordedBy: advisor.id,
      reference: 'call-0331-0912',
      approvedLineIds: ['ln_3', 'ln_4', 'ln_5'],
      declinedLineIds: [],
    });
    const dispatched = run(order, {
      type: 'dispatch-job',
      at: at(61),
      actor: supervisor,
      jobId: 'job_2',
      technicianId: tech2.id,
      teamId: 'team_m1',
    });
    expect(dispatched.isOk()).toBe(true);
  });

  it('§3.3(2) declined items become deferred recommendations with the estimate’s urgency (X-3)', () => {
    const order = step(proposed(), decide(['ln_5'], ['ln_3', 'ln_4']));
    expect(order.jobs.find((job) => job.id === 'job_2')?.status).toBe('declined');
    expect(order.recommendations).toEqual([
      {
        source: 'declined-work',
        severity: 'red',
        description: '更换前刹车盘',
        code: 'OP-DISC-F',
        lineId: 'ln_3',
        recordedAt: at(60),
      },
      {
        source: 'declined-work',
        severity: 'red',
        description: '前刹车盘',
        code: 'P-DISC-F',
        lineId: 'ln_4',
        recordedAt: at(60),
      },
    ]);
    const dispatch = run(order, {
      type: 'dispatch-job',
      at: at(61),
      actor: supervisor,
      jobId: 'job_2',
      technicianId: tech2.id,
      teamId: 'team_m1',
    });
    expect(dispatch._unsafeUnwrapErr()).toMatchObject({
      code: 'job_not_workable',
      data: { status: 'declined' },
    });
  });

  it('REG-4 a decision must cover each added line exactly once', () => {
    expect(run(proposed(), decide(['ln_3'], ['ln_4']))._unsafeUnwrapErr()).toEqual({
      code: 'decision_incomplete',
      clause: 'REG-4',
      data: { undecidedLineIds: ['ln_5'], unknownLineIds: [] },
    });
    const twice = run(proposed(), decide(['ln_3', 'ln_4', 'ln_5'], ['ln_3']))._unsafeUnwrapErr();
    expect(twice.data).toEqual({ undecidedLineIds: [], unknownLineIds: ['ln_3'] });
    const foreign = run(
      proposed(),
      decide(['ln_3', 'ln_4', 'ln_5', 'ln_1'], []),
    )._unsafeUnwrapErr();
    expect(foreign.data).toEqual({ undecidedLineIds: [], unknownLineIds: ['ln_1'] });
  });

  it('REG-4 only a role that records consent may record the customer’s decision, and only once', () => {
    expect(
      run(proposed(), { ...decide(['ln_3', 'ln_4', 'ln_5'], []), actor: tech })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      clause: '§3.3(2)',
    });
    const decided = step(proposed(), decide(['ln_3', 'ln_4', 'ln_5'], []));
    expect(run(decided, decide(['ln_3', 'ln_4', 'ln_5'], []))._unsafeUnwrapErr().code).toBe(
      'invalid_transition',
    );
  });

  it('§3.3(2) a supplementary estimate must add something, to open jobs, with new ids', () => {
    const base = {
      type: 'propose-supplementary',
      at: at(40),
      actor: advisor,
      supplementaryId: 'sup_1',
      reason: 'x',
      urgency: 'yellow',
      estimate: quoteOf([{ kind: 'labour', opCode: 'OP-OIL', quantity: '1' }], 'q_sup'),
      newJobs: [],
      addedLines: [],
    };
    expect(run(working(), base)._unsafeUnwrapErr().code).toBe('validation_failed');
    const line = {
      kind: 'labour',
      id: 'ln_9',
      opCode: 'OP-OIL',
      description: 'x',
      quantity: '1',
      flatRateHours: '0.5',
    };
    expect(
      run(working(), { ...base, addedLines: [{ jobId: 'job_7', line }] })._unsafeUnwrapErr().code,
    ).toBe('job_not_found');
    expect(
      run(working(), {
        ...base,
        addedLines: [{ jobId: 'job_1', line: { ...line, id: 'ln_1' } }],
      })._unsafeUnwrapErr().code,
    ).toBe('duplicate_id');
    expect(
      run(proposed(), { ...base, addedLines: [{ jobId: 'job_1', line }] })._unsafeUnwrapErr().data,
    ).toEqual({ kind: 'supplementary', id: 'sup_1' });
  });
});
