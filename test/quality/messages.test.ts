import { describe, expect, it } from 'vitest';
import { qualityError } from '../../src/quality/errors';
import {
  type QualityError,
  type QualityErrorCode,
  type QualityErrorData,
  qualityMessages,
} from '../../src/quality/index';
import { forbidden, formatError, LOCALES, validationError } from '../../src/shared/index';

const samples: { [C in QualityErrorCode]: QualityErrorData[C] } = {
  invalid_transition: { status: 'passed', command: 'self-check' },
  inspection_level_skipped: { jobId: 'job_1', level: 3, awaiting: 2 },
  inspection_level_repeated: { jobId: 'job_1', level: 1 },
  inspector_not_job_technician: { jobId: 'job_1', inspectorId: 'emp_2' },
  inspector_not_team_leader: { jobId: 'job_1', inspectorId: 'emp_2', teamId: 'team_1' },
  inspector_already_signed: { inspectorId: 'emp_1', jobId: 'job_1', level: 3, signedLevel: 1 },
  inspector_not_eligible: { actorId: 'emp_1', command: 'team-check' },
  rework_not_by_technician: { jobId: 'job_1', actorId: 'emp_2' },
  road_test_required: { jobIds: ['job_1'] },
  rework_findings_required: { level: 2 },
  job_in_rework: { jobId: 'job_1' },
  job_not_in_rework: { jobId: 'job_1' },
  job_not_in_inspection: { jobId: 'job_9' },
  job_duplicate: { jobId: 'job_1' },
  inspection_already_passed: { inspectionId: 'insp_1' },
  inspection_report_missing: { repairOrderId: 'ro_1' },
  inspection_report_mismatch: {
    repairOrderId: 'ro_1',
    reportId: 'qcr_1',
    reason: 'jobs_not_covered',
    missingJobIds: ['job_2'],
  },
  checklist_incomplete: { category: 'minor-repair', missingItemIds: ['no-leaks'] },
  checklist_item_unknown: { category: 'minor-repair', itemId: 'paint' },
  checklist_item_failed: { items: [{ category: 'minor-repair', itemId: 'no-leaks' }] },
  checklist_result_mismatch: {
    category: 'minor-repair',
    itemId: 'no-leaks',
    expectedKind: 'pass-fail',
  },
  equipment_not_registered: { equipmentId: 'eq_1' },
  equipment_calibration_overdue: { equipmentId: 'eq_1', dueOn: '2026-03-01', usedOn: '2026-03-02' },
  equipment_out_of_service: { equipmentId: 'eq_1' },
  calibration_out_of_order: {
    equipmentId: 'eq_1',
    lastCalibratedOn: '2026-03-01',
    calibratedOn: '2026-02-01',
  },
  certificate_not_required: { repairCategories: ['minor-repair'] },
  certificate_sequence_mismatch: { dealerCode: 'SH4S01', year: 2026, reason: 'other_year' },
  certificate_sequence_exhausted: { dealerCode: 'SH4S01', year: 2026, max: 999999 },
  certificate_already_issued: { repairOrderId: 'ro_1', certificateNumber: 'SH4S01-2026-000001' },
};

describe('qualityMessages', () => {
  it('§3.4(1) §4.2(5) renders every quality error in zh-CN and en, with its clause', () => {
    const errors: QualityError[] = [
      ...(Object.keys(samples) as QualityErrorCode[]).map(
        (code) => qualityError(code, samples[code] as never) as QualityError,
      ),
      forbidden('inspection.final-check', 'emp_1', ['technician'], '§3.4(3)'),
      validationError([{ path: 'jobs', reason: 'too_small', detail: 'x' }]),
    ];
    for (const error of errors) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, qualityMessages);
        expect(text).not.toMatch(/^Operation failed|^操作失败/);
        if (locale === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
        if (error.clause !== undefined) expect(text).toContain(error.clause);
      }
    }
  });

  it('§3.4(2) cites the level-2 clause when the same person tries to sign level 2', () => {
    const level2 = qualityError('inspector_already_signed', {
      ...samples.inspector_already_signed,
      level: 2,
    });
    expect(level2.clause).toBe('§3.4(2)');
    expect(qualityError('inspector_already_signed', samples.inspector_already_signed).clause).toBe(
      '§3.4(3)',
    );
  });

  it('§3.4(5) the delivery-gate message explains what is missing', () => {
    const error = qualityError('inspection_report_missing', samples.inspection_report_missing);
    expect(formatError(error, 'zh-CN', qualityMessages)).toBe(
      '维修工单 ro_1 没有合格的质量检验报告（§3.4(5)）',
    );
    expect(formatError(error, 'en', qualityMessages)).toBe(
      'Repair order ro_1 has no passed inspection report (§3.4(5))',
    );
  });
});
