import { describe, expect, it } from 'vitest';
import {
  type Inspection,
  type InspectionCommand,
  isReadyForFinalCheck,
  transitionInspection,
} from '../../src/quality/index';
import {
  advisor,
  at,
  finalCheck,
  gauge,
  job,
  lead,
  lead2,
  open,
  passingResults,
  qc,
  run,
  selfCheck,
  supervisor,
  T0,
  teamCheck,
  teams,
  tech1,
  tech2,
} from './fixtures';

function errorOf(state: Inspection, command: InspectionCommand) {
  return transitionInspection(state, command)._unsafeUnwrapErr();
}

describe('transitionInspection — the three levels in order', () => {
  it('§3.4(1) §3.4(2) §3.4(3) §3.4(5) passes self-check, team re-check and final inspection into a report', () => {
    const opened = open();
    expect(opened.status).toBe('awaiting-self-check');
    const afterOne = run(opened, selfCheck());
    expect(afterOne.status).toBe('awaiting-team-check');
    const afterTwo = run(afterOne, teamCheck());
    expect(afterTwo.status).toBe('awaiting-final-check');
    const result = transitionInspection(afterTwo, finalCheck())._unsafeUnwrap();
    expect(result.state.status).toBe('passed');
    const report = result.state.report;
    expect(report).not.toBeNull();
    expect(report?.repairOrderId).toBe('ro_1');
    expect(report?.jobIds).toEqual(['job_1']);
    expect(report?.levels.map((l) => [l.level, l.inspectorId])).toEqual([
      [1, 'emp_tech1'],
      [2, 'emp_lead'],
      [3, 'emp_qc'],
    ]);
    expect(report?.finalInspectorId).toBe('emp_qc');
    expect(report?.reworkCount).toBe(0);
    expect(result.events.map((e) => e.type)).toEqual([
      'quality.level-signed',
      'quality.inspection-passed',
    ]);
  });

  it('§3.4(1) level 1 must be signed by the technician who did the job', () => {
    const error = errorOf(open(), selfCheck(tech2, { jobIds: ['job_1'] } as never));
    expect(error.code).toBe('inspector_not_job_technician');
    expect(error.clause).toBe('§3.4(1)');
  });

  it('§3.4(1) a technician with nothing awaiting them is told so', () => {
    expect(errorOf(open(), selfCheck(tech2)).code).toBe('inspector_not_eligible');
  });

  it('§3.4(2) skipping level 2 is rejected: the final inspection cannot come before the team re-check', () => {
    const afterOne = run(open(), selfCheck());
    const error = errorOf(afterOne, finalCheck());
    expect(error).toMatchObject({
      code: 'inspection_level_skipped',
      clause: '§3.4(3)',
      data: { jobId: 'job_1', level: 3, awaiting: 2 },
    });
  });

  it('§3.4(2) skipping level 1 is rejected too', () => {
    const error = errorOf(open(), teamCheck(lead, { jobIds: ['job_1'] } as never));
    expect(error).toMatchObject({ code: 'inspection_level_skipped', data: { awaiting: 1 } });
  });

  it('§3.4(2) level 2 must be the leader of the technician’s team', () => {
    const afterOne = run(open(), selfCheck());
    const error = errorOf(afterOne, teamCheck(lead2, { jobIds: ['job_1'] } as never));
    expect(error).toMatchObject({ code: 'inspector_not_team_leader', clause: '§3.4(2)' });
  });

  it('§3.4(2) a technician cannot sign level 2 (forbidden by role)', () => {
    const afterOne = run(open(), selfCheck());
    const error = errorOf(afterOne, teamCheck(tech2, { jobIds: ['job_1'] } as never));
    expect(error).toMatchObject({
      code: 'forbidden',
      data: { capability: 'inspection.team-check' },
    });
  });

  it('§3.4(3) a technician or team leader cannot sign level 3 (forbidden by role)', () => {
    const afterTwo = run(open(), selfCheck(), teamCheck());
    expect(errorOf(afterTwo, finalCheck(tech2))).toMatchObject({
      code: 'forbidden',
      clause: '§3.4(3)',
      data: { capability: 'inspection.final-check' },
    });
    expect(errorOf(afterTwo, finalCheck(lead)).code).toBe('forbidden');
  });

  it('§3.4(2) the same person cannot sign two levels: a leader who did the job cannot re-check it', () => {
    const own = open([job({ technicianId: 'emp_lead' })]);
    const afterOne = run(own, selfCheck(lead));
    const error = errorOf(afterOne, teamCheck(lead));
    expect(error).toMatchObject({
      code: 'inspector_already_signed',
      clause: '§3.4(2)',
      data: { level: 2, signedLevel: 1, inspectorId: 'emp_lead' },
    });
  });

  it('§3.4(3) the same person cannot sign two levels: the final inspector signed neither level before', () => {
    // A QC inspector who also holds the technician role did the job and self-checked it.
    const hybrid = { id: 'emp_qc', roles: ['technician', 'qc-inspector'] } as typeof qc;
    const own = open([job({ technicianId: 'emp_qc' })]);
    const withQc = [{ ...teams[0], memberIds: ['emp_lead', 'emp_qc'] }];
    const afterTwo = run(own, selfCheck(hybrid), teamCheck(lead, { teams: withQc } as never));
    const error = errorOf(afterTwo, finalCheck(hybrid));
    expect(error).toMatchObject({
      code: 'inspector_already_signed',
      clause: '§3.4(3)',
      data: { level: 3, signedLevel: 1 },
    });
  });

  it('§3.4(3) a level cannot be signed twice in a round', () => {
    const afterOne = run(open(), selfCheck());
    expect(errorOf(afterOne, selfCheck(tech1, { jobIds: ['job_1'] } as never))).toMatchObject({
      code: 'inspection_level_repeated',
      data: { level: 1 },
    });
  });

  it('§3.4(3) a job whose category needs a road test cannot reach level 3 without a passed one', () => {
    const overhaul = open([job({ repairCategory: 'assembly-overhaul' })]);
    const afterTwo = run(overhaul, selfCheck(), teamCheck());
    const command = finalCheck(qc, ['assembly-overhaul']);
    expect(errorOf(afterTwo, command)).toMatchObject({
      code: 'road_test_required',
      data: { jobIds: ['job_1'] },
    });
    const tested = run(afterTwo, { type: 'record-road-test', passed: true, at: T0, actor: tech1 });
    expect(transitionInspection(tested, command)._unsafeUnwrap().state.report?.roadTested).toBe(
      true,
    );
  });

  it('§3.4(3) a job flagged by the repair order as needing a road test needs one whatever its category', () => {
    const flagged = open([job({ needsRoadTest: true })]);
    expect(errorOf(run(flagged, selfCheck(), teamCheck()), finalCheck()).code).toBe(
      'road_test_required',
    );
    const passedBefore = open([job({ needsRoadTest: true, roadTestPassed: true })]);
    expect(run(passedBefore, selfCheck(), teamCheck(), finalCheck()).status).toBe('passed');
  });

  it('§3.4(3) a failed road test still blocks the final inspection', () => {
    const overhaul = open([job({ repairCategory: 'assembly-overhaul' })]);
    const failed = run(overhaul, { type: 'record-road-test', passed: false, at: T0, actor: qc });
    const afterTwo = run(failed, selfCheck(), teamCheck());
    expect(errorOf(afterTwo, finalCheck(qc, ['assembly-overhaul'])).code).toBe(
      'road_test_required',
    );
  });

  it('§3.3(5) recording a road test needs the road-test capability', () => {
    const error = errorOf(open(), {
      type: 'record-road-test',
      passed: true,
      at: T0,
      actor: advisor,
    });
    expect(error.code).toBe('forbidden');
  });
});

describe('transitionInspection — several jobs and teams', () => {
  const twoJobs = () =>
    open([job(), job({ jobId: 'job_2', technicianId: 'emp_tech3', teamId: 'team_m2' })]);
  const tech3 = { id: 'emp_tech3', roles: ['technician'] } as typeof tech1;

  it('§3.4(1) §3.4(2) each technician self-checks their own jobs and each team leader re-checks their team', () => {
    let state = run(twoJobs(), selfCheck(tech1));
    expect(state.status).toBe('awaiting-self-check');
    state = run(state, teamCheck(lead));
    expect(state.status).toBe('awaiting-self-check');
    state = run(state, selfCheck(tech3), teamCheck(lead2));
    expect(state.status).toBe('awaiting-final-check');
    expect(isReadyForFinalCheck(state)).toBe(true);
    const passed = run(state, finalCheck());
    expect(passed.report?.levels.map((l) => [l.level, l.jobIds])).toEqual([
      [1, ['job_1']],
      [1, ['job_2']],
      [2, ['job_1']],
      [2, ['job_2']],
      [3, ['job_1', 'job_2']],
    ]);
  });

  it('§3.4(3) the final inspection waits for every job', () => {
    const state = run(twoJobs(), selfCheck(tech1), teamCheck(lead));
    expect(isReadyForFinalCheck(state)).toBe(false);
    expect(errorOf(state, finalCheck())).toMatchObject({
      code: 'inspection_level_skipped',
      data: { jobId: 'job_2', awaiting: 1 },
    });
  });

  it('rejects unknown and repeated job ids with typed errors', () => {
    expect(errorOf(twoJobs(), selfCheck(tech1, { jobIds: ['job_9'] } as never)).code).toBe(
      'job_not_in_inspection',
    );
    expect(errorOf(twoJobs(), selfCheck(tech1, { jobIds: ['job_1', 'job_1'] } as never)).code).toBe(
      'job_duplicate',
    );
  });

  it('§3.4(1) jobs added later join at level 1 and hold back the final inspection', () => {
    const state = run(open(), selfCheck(), teamCheck());
    const added = run(state, {
      type: 'add-jobs',
      jobs: [job({ jobId: 'job_3', technicianId: 'emp_tech2' })],
      at: T0,
      actor: supervisor,
    });
    expect(added.status).toBe('awaiting-self-check');
    expect(errorOf(added, finalCheck()).code).toBe('inspection_level_skipped');
    const again = transitionInspection(added, {
      type: 'add-jobs',
      jobs: [job({ jobId: 'job_3' })],
      at: T0,
      actor: supervisor,
    });
    expect(again._unsafeUnwrapErr().code).toBe('job_duplicate');
  });
});

describe('transitionInspection — after passing', () => {
  it('§3.4(5) the report is immutable: every command on a passed inspection is refused', () => {
    const passed = run(open(), selfCheck(), teamCheck(), finalCheck());
    const commands: InspectionCommand[] = [
      selfCheck(),
      teamCheck(),
      finalCheck(),
      { type: 'record-road-test', passed: false, at: T0, actor: qc },
      { type: 'complete-rework', at: T0, actor: tech1 },
      { type: 'add-jobs', jobs: [job({ jobId: 'job_9' })], at: T0, actor: supervisor },
    ];
    for (const command of commands) {
      expect(errorOf(passed, command)).toMatchObject({
        code: 'inspection_already_passed',
        clause: '§3.4(5)',
      });
    }
    expect(Object.isFrozen(passed.report)).toBe(true);
    expect(Object.isFrozen(passed.report?.levels[0])).toBe(true);
  });

  it('rejects an unknown command or status explicitly, never silently', () => {
    const state = open();
    const bogus = { type: 'skip-to-delivery', at: T0, actor: qc } as unknown as InspectionCommand;
    expect(errorOf(state, bogus)).toMatchObject({
      code: 'invalid_transition',
      data: { status: 'awaiting-self-check', command: 'skip-to-delivery' },
    });
    const broken = { ...state, status: 'archived' } as unknown as Inspection;
    expect(errorOf(broken, selfCheck()).code).toBe('invalid_transition');
  });

  it('never mutates the state it is given', () => {
    const state = open();
    const snapshot = JSON.stringify(state);
    run(state, selfCheck(), teamCheck(), finalCheck());
    transitionInspection(state, selfCheck(tech1, { passed: false, findings: ['x'] } as never));
    expect(JSON.stringify(state)).toBe(snapshot);
    const final = finalCheck();
    run(state, selfCheck(), teamCheck(), final);
    expect(Object.isFrozen(final.type === 'final-check' ? final.results : null)).toBe(false);
  });

  it('§3.4(3) uses the host capability map when one is given', () => {
    const afterTwo = run(open(), selfCheck(), teamCheck());
    const result = transitionInspection(afterTwo, finalCheck(lead2), {
      capabilities: { 'team-leader': ['inspection.final-check'] },
    });
    expect(result.isOk()).toBe(true);
  });
});

describe('transitionInspection — checklists and equipment at the final inspection', () => {
  const afterTwo = () =>
    run(
      open([job({ repairCategory: 'second-level-maintenance', roadTestPassed: true })]),
      selfCheck(),
      teamCheck(),
    );

  it('§4.2(3) the final inspection must record every item of the category checklist', () => {
    const command = finalCheck(qc, ['second-level-maintenance'], {
      results: passingResults(['second-level-maintenance']).slice(1),
    } as never);
    expect(errorOf(afterTwo(), command)).toMatchObject({
      code: 'checklist_incomplete',
      clause: '§4.2(3)',
      data: { category: 'second-level-maintenance' },
    });
  });

  it('§4.2(3) a level cannot pass while a checklist item failed', () => {
    const results = passingResults(['second-level-maintenance']).map((r) =>
      r.itemId === 'tread-depth' ? { ...r, value: '1.2' } : r,
    );
    const command = finalCheck(qc, ['second-level-maintenance'], { results } as never);
    expect(errorOf(afterTwo(), command)).toMatchObject({
      code: 'checklist_item_failed',
      data: { items: [{ category: 'second-level-maintenance', itemId: 'tread-depth' }] },
    });
  });

  it('§4.2(5) overdue equipment blocks a measurement', () => {
    const overdue = { ...gauge, calibrationDueOn: '2026-03-01' } as typeof gauge;
    const command = finalCheck(qc, ['second-level-maintenance'], { equipment: [overdue] } as never);
    expect(errorOf(afterTwo(), command)).toMatchObject({
      code: 'equipment_calibration_overdue',
      clause: '§4.2(5)',
      data: { equipmentId: 'eq_gauge', dueOn: '2026-03-01', usedOn: '2026-03-02' },
    });
  });

  it('§4.2(5) a measurement with equipment missing from the register is rejected', () => {
    const command = finalCheck(qc, ['second-level-maintenance'], { equipment: [] } as never);
    expect(errorOf(afterTwo(), command).code).toBe('equipment_not_registered');
  });

  it('§4.2(3) results are kept in the report with the equipment used', () => {
    const passed = run(afterTwo(), finalCheck(qc, ['second-level-maintenance']));
    const final = passed.report?.levels.find((l) => l.level === 3);
    expect(final?.results?.find((r) => r.itemId === 'tread-depth')).toMatchObject({
      kind: 'measurement',
      equipmentId: 'eq_gauge',
    });
  });

  it('§4.2(3) a failing final inspection need not record every item', () => {
    const command = finalCheck(qc, ['second-level-maintenance'], {
      passed: false,
      findings: ['制动跑偏'],
      results: [],
      at: at('2026-03-02T07:00:00Z'),
    } as never);
    expect(transitionInspection(afterTwo(), command)._unsafeUnwrap().state.status).toBe(
      'in-rework',
    );
  });

  it('§4.2(3) checklist results at level 1 are judged too, with calibrated equipment', () => {
    const overdue = { ...gauge, calibrationDueOn: '2026-01-01' } as typeof gauge;
    const state = open([job({ repairCategory: 'second-level-maintenance' })]);
    const results = passingResults(['second-level-maintenance']).filter(
      (r) => r.kind === 'measurement',
    );
    const error = errorOf(state, selfCheck(tech1, { results, equipment: [overdue] } as never));
    expect(error.code).toBe('equipment_calibration_overdue');
    expect(run(state, selfCheck(tech1, { results, equipment: [gauge] } as never)).status).toBe(
      'awaiting-team-check',
    );
  });

  it('§4.2(3) §3.4(2) teams are read from the command, so a leader change applies at once', () => {
    const afterOne = run(open(), selfCheck());
    const newTeams = [
      { ...teams[0], leaderId: 'emp_lead2', memberIds: ['emp_lead2', 'emp_tech1'] },
    ];
    const command = teamCheck(lead2, { teams: newTeams } as never);
    expect(transitionInspection(afterOne, command).isOk()).toBe(true);
    expect(
      errorOf(afterOne, teamCheck(lead, { teams: newTeams, jobIds: ['job_1'] } as never)).code,
    ).toBe('inspector_not_team_leader');
  });
});
