import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Inspection,
  type InspectionCommand,
  transitionInspection,
} from '../../src/quality/index';
import {
  finalCheck,
  job,
  lead,
  lead2,
  open,
  qc,
  qc2,
  selfCheck,
  T0,
  teamCheck,
  teams,
  tech1,
  tech2,
} from './fixtures';

const findings = { passed: false, findings: ['问题'] } as never;

const commandArb: fc.Arbitrary<InspectionCommand> = fc.oneof(
  fc.constantFrom(tech1, tech2, lead).map((a) => selfCheck(a)),
  fc.constantFrom(tech1, tech2, lead).map((a) => selfCheck(a, findings)),
  fc.constantFrom(lead, lead2, tech1).map((a) => teamCheck(a)),
  fc.constantFrom(lead, lead2).map((a) => teamCheck(a, findings)),
  fc.constantFrom(qc, qc2, lead).map((a) => finalCheck(a, ['minor-repair', 'assembly-overhaul'])),
  fc
    .constantFrom(qc, qc2)
    .map((a) => finalCheck(a, ['minor-repair'], { ...(findings as object), results: [] } as never)),
  fc
    .constantFrom(tech1, tech2)
    .map((a) => ({ type: 'complete-rework', at: T0, actor: a }) as InspectionCommand),
  fc
    .boolean()
    .map(
      (passed) => ({ type: 'record-road-test', passed, at: T0, actor: qc }) as InspectionCommand,
    ),
);

/** The passing path, with random commands interleaved so some runs reach a report. */
const happyPath: readonly InspectionCommand[] = [
  selfCheck(tech1),
  selfCheck(tech2),
  teamCheck(lead),
  { type: 'record-road-test', passed: true, at: T0, actor: qc },
  finalCheck(qc2, ['minor-repair', 'assembly-overhaul']),
];

const sequenceArb = fc
  .tuple(
    fc.array(commandArb, { maxLength: 30 }),
    fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  )
  .map(([noise, positions]) => {
    const commands = [...noise];
    happyPath.forEach((command, index) => {
      const earliest = commands.indexOf(happyPath[index - 1] as InspectionCommand) + 1;
      const at = earliest + ((positions[index] ?? 0) % (commands.length - earliest + 1));
      commands.splice(at, 0, command);
    });
    return commands;
  });

function start(): Inspection {
  return open([
    job(),
    job({ jobId: 'job_2', technicianId: 'emp_tech2', repairCategory: 'assembly-overhaul' }),
  ]);
}

describe('inspection machine properties', () => {
  it('§3.4(1) §3.4(2) §3.4(3) §3.4(4) any command sequence keeps the three-level rules', () => {
    let passedRuns = 0;
    fc.assert(
      fc.property(sequenceArb, (commands) => {
        let state = start();
        for (const command of commands) {
          const before = JSON.stringify(state);
          const result = transitionInspection(state, command);
          expect(JSON.stringify(state)).toBe(before);
          if (result.isOk()) state = result.value.state;
        }
        // Every failed sign-off counted once as a rework.
        expect(state.reworkCount).toBe(state.signOffs.filter((s) => !s.passed).length);
        expect(state.reworks).toHaveLength(state.reworkCount);
        if (state.report === null) return;
        passedRuns += 1;
        const report = state.report;
        for (const jobId of report.jobIds) {
          const inspected = state.jobs.find((j) => j.jobId === jobId);
          const signer = (level: number) =>
            report.levels.find((l) => l.level === level && l.jobIds.includes(jobId))?.inspectorId;
          expect(signer(1)).toBe(inspected?.technicianId);
          const team = teams.find((t) => t.id === inspected?.teamId);
          expect(signer(2)).toBe(team?.leaderId);
          expect(new Set([signer(1), signer(2), signer(3)]).size).toBe(3);
          expect(['emp_qc', 'emp_qc2']).toContain(signer(3));
        }
        expect(report.roadTested).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The property must also have seen inspections that passed, not only rejections.
    expect(passedRuns).toBeGreaterThan(0);
  });
});
