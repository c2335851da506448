import { describe, expect, it } from 'vitest';
import {
  InspectionReportSchema,
  parseInspectionReport,
  requirePassedInspection,
} from '../../src/quality/index';
import { finalCheck, hostileInputs, job, open, run, selfCheck, teamCheck } from './fixtures';

const passedReport = () => {
  const report = run(open(), selfCheck(), teamCheck(), finalCheck()).report;
  if (report === null) throw new Error('fixture: no report');
  return report;
};

describe('requirePassedInspection — no report, no delivery (§3.4(5))', () => {
  it('§3.4(5) refuses an order without a passed inspection report', () => {
    for (const missing of [null, undefined]) {
      expect(
        requirePassedInspection(missing, {
          repairOrderId: 'ro_1',
          jobIds: ['job_1'],
        })._unsafeUnwrapErr(),
      ).toMatchObject({
        code: 'inspection_report_missing',
        clause: '§3.4(5)',
        data: { repairOrderId: 'ro_1' },
      });
    }
  });

  it('§3.4(5) an inspection that has not passed has no report to show', () => {
    const unfinished = run(open(), selfCheck(), teamCheck());
    expect(unfinished.report).toBeNull();
    expect(
      requirePassedInspection(unfinished.report, {
        repairOrderId: 'ro_1',
        jobIds: ['job_1'],
      }).isErr(),
    ).toBe(true);
  });

  it('§3.4(5) accepts the passed report of the same order covering every job', () => {
    const report = passedReport();
    expect(
      requirePassedInspection(report, { repairOrderId: 'ro_1', jobIds: ['job_1'] })._unsafeUnwrap(),
    ).toBe(report);
  });

  it('§3.4(5) refuses another order’s report', () => {
    expect(
      requirePassedInspection(passedReport(), {
        repairOrderId: 'ro_2',
        jobIds: ['job_1'],
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'inspection_report_mismatch', data: { reason: 'other_order' } });
  });

  it('§3.4(5) refuses a report that does not cover a job added after the inspection', () => {
    expect(
      requirePassedInspection(passedReport(), {
        repairOrderId: 'ro_1',
        jobIds: ['job_1', 'job_2'],
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'inspection_report_mismatch',
      data: { reason: 'jobs_not_covered', missingJobIds: ['job_2'] },
    });
  });
});

describe('InspectionReportSchema', () => {
  it('§3.4(5) the report survives JSON and parses back unchanged', () => {
    const report = passedReport();
    const copy = JSON.parse(JSON.stringify(report));
    expect(parseInspectionReport(copy)._unsafeUnwrap()).toEqual(report);
  });

  it('§3.4(5) a report needs all three levels', () => {
    const report = passedReport();
    const short = { ...report, levels: report.levels.slice(2) };
    expect(InspectionReportSchema.safeParse(short).success).toBe(false);
  });

  it('§3.4(5) parsing never throws on hostile input', () => {
    for (const input of hostileInputs) {
      const result = parseInspectionReport(input);
      expect(result.isErr()).toBe(true);
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
  });

  it('§3.4(5) a report of several categories lists them in catalogue order', () => {
    const jobs = [
      job({ repairCategory: 'special-repair' }),
      job({ jobId: 'job_2', repairCategory: 'minor-repair' }),
    ];
    const passed = run(
      open(jobs),
      selfCheck(),
      teamCheck(),
      finalCheck(undefined, ['minor-repair', 'special-repair']),
    );
    expect(passed.report?.repairCategories).toEqual(['minor-repair', 'special-repair']);
  });
});
