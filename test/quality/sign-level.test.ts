import { describe, expect, it } from 'vitest';
import { type Inspection, transitionInspection } from '../../src/quality/index';
import {
  actor,
  at,
  finalCheck,
  job,
  lead,
  open,
  qc,
  qc2,
  run,
  selfCheck,
  T0,
  teamCheck,
  tech1,
  tech2,
} from './fixtures';

const failFinal = (jobIds?: string[]) =>
  finalCheck(qc, ['minor-repair'], {
    passed: false,
    findings: ['左前轮螺栓未按力矩紧固'],
    results: [],
    ...(jobIds === undefined ? {} : { jobIds }),
  } as never);

const reworkDone = (a = tech1) => ({ type: 'complete-rework', at: T0, actor: a }) as const;

function readyForFinal(jobs = [job()]): Inspection {
  return run(open(jobs), selfCheck(tech1), teamCheck(lead));
}

describe('rework after a failed level (§3.4(4))', () => {
  it('§3.4(4) a failed final inspection sends the job back with findings and counts the rework', () => {
    const result = transitionInspection(readyForFinal(), failFinal())._unsafeUnwrap();
    const { state } = result;
    expect(state.status).toBe('in-rework');
    expect(state.reworkCount).toBe(1);
    expect(state.jobs[0]).toMatchObject({ stage: 'rework', reworkCount: 1, selfCheckSeq: null });
    expect(state.reworks).toEqual([
      expect.objectContaining({
        round: 1,
        level: 3,
        inspectorId: 'emp_qc',
        findings: ['左前轮螺栓未按力矩紧固'],
      }),
    ]);
    expect(result.events.map((e) => e.type)).toEqual([
      'quality.level-signed',
      'quality.rework-opened',
    ]);
    expect(result.events[1]?.payload).toMatchObject({
      technicianIds: ['emp_tech1'],
      reworkCount: 1,
    });
  });

  it('§3.4(4) a failed level must state its findings', () => {
    const command = finalCheck(qc, ['minor-repair'], { passed: false, results: [] } as never);
    expect(transitionInspection(readyForFinal(), command)._unsafeUnwrapErr()).toMatchObject({
      code: 'rework_findings_required',
      clause: '§3.4(4)',
      data: { level: 3 },
    });
  });

  it('§3.4(4) rework resets to level 1: no level can be signed until rework is done, then level 1 again', () => {
    const failed = run(readyForFinal(), failFinal());
    expect(
      transitionInspection(
        failed,
        selfCheck(tech1, { jobIds: ['job_1'] } as never),
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'job_in_rework',
      clause: '§3.4(4)',
    });
    const reworked = run(failed, reworkDone());
    expect(reworked.status).toBe('awaiting-self-check');
    expect(
      transitionInspection(
        reworked,
        teamCheck(lead, { jobIds: ['job_1'] } as never),
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'inspection_level_skipped',
      data: { awaiting: 1 },
    });
    const passed = run(reworked, selfCheck(tech1), teamCheck(lead), finalCheck(qc2));
    expect(passed.report?.reworkCount).toBe(1);
    expect(passed.report?.reworks).toHaveLength(1);
    expect(passed.report?.levels.map((l) => l.level)).toEqual([1, 2, 3]);
  });

  it('§3.4(4) a failed self-check or team re-check also opens rework', () => {
    const selfFailed = run(
      open(),
      selfCheck(tech1, { passed: false, findings: ['异响未消除'] } as never),
    );
    expect(selfFailed.jobs[0]?.stage).toBe('rework');
    const teamFailed = run(
      open(),
      selfCheck(tech1),
      teamCheck(lead, { passed: false, findings: ['油液未加注到位'] } as never),
    );
    expect(teamFailed).toMatchObject({ status: 'in-rework', reworkCount: 1 });
  });

  it('§3.4(4) rework goes back to the technician: only they report it done', () => {
    const failed = run(readyForFinal(), failFinal());
    const other = transitionInspection(failed, {
      ...reworkDone(tech2),
      jobIds: ['job_1'],
    } as never);
    expect(other._unsafeUnwrapErr()).toMatchObject({
      code: 'rework_not_by_technician',
      clause: '§3.4(4)',
    });
    expect(transitionInspection(failed, reworkDone(tech2))._unsafeUnwrapErr().code).toBe(
      'inspector_not_eligible',
    );
    const notReworking = transitionInspection(open(), {
      ...reworkDone(),
      jobIds: ['job_1'],
    } as never);
    expect(notReworking._unsafeUnwrapErr().code).toBe('job_not_in_rework');
    const clerk = actor('emp_clerk', ['parts-clerk']);
    expect(transitionInspection(failed, reworkDone(clerk))._unsafeUnwrapErr().code).toBe(
      'forbidden',
    );
  });

  it('§3.4(4) only the failed jobs go back; the others keep their levels', () => {
    const jobs = [job(), job({ jobId: 'job_2', technicianId: 'emp_tech2' })];
    const ready = run(open(jobs), selfCheck(tech1), selfCheck(tech2), teamCheck(lead));
    const failed = run(ready, failFinal(['job_2']));
    expect(failed.jobs.map((j) => j.stage)).toEqual(['final-check', 'rework']);
    const passed = run(failed, reworkDone(tech2), selfCheck(tech2), teamCheck(lead), finalCheck());
    const report = passed.report;
    // job_1's level 1 and 2 still stand from the first round; job_2's were signed again.
    expect(report?.levels.map((l) => [l.level, l.jobIds])).toEqual([
      [1, ['job_1']],
      [1, ['job_2']],
      [2, ['job_1']],
      [2, ['job_2']],
      [3, ['job_1', 'job_2']],
    ]);
    expect(passed.jobs.map((j) => j.reworkCount)).toEqual([0, 1]);
  });

  it('§3.4(4) rework voids an earlier road test, which must be repeated before level 3', () => {
    const overhaul = [job({ repairCategory: 'assembly-overhaul', roadTestPassed: true })];
    const failed = run(
      run(open(overhaul), selfCheck(tech1), teamCheck(lead)),
      finalCheck(qc, ['assembly-overhaul'], {
        passed: false,
        findings: ['变速箱异响'],
        results: [],
      } as never),
    );
    expect(failed.jobs[0]?.roadTestPassed).toBe(false);
    const again = run(failed, reworkDone(), selfCheck(tech1), teamCheck(lead));
    const command = finalCheck(qc, ['assembly-overhaul'], {
      at: at('2026-03-03T06:00:00Z'),
    } as never);
    expect(transitionInspection(again, command)._unsafeUnwrapErr().code).toBe('road_test_required');
  });

  it('§3.4(4) the rework count adds up over several failures', () => {
    let state = readyForFinal();
    for (let round = 1; round <= 3; round += 1) {
      state = run(state, failFinal(), reworkDone(), selfCheck(tech1), teamCheck(lead));
      expect(state.reworkCount).toBe(round);
    }
    expect(run(state, finalCheck()).report?.reworkCount).toBe(3);
  });
});
