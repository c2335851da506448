import { describe, expect, it } from 'vitest';
import {
  defaultQualityConfig,
  type InspectionReport,
  issueCompletionCertificate,
} from '../../src/quality/index';
import { DEFAULT_TIME_ZONE } from '../../src/shared/index';
import { at, qc, reportFor, tech1 } from './fixtures';

const workshop = { dealerCode: 'SH4S01', timeZone: DEFAULT_TIME_ZONE };
const input = (report: InspectionReport | null, jobIds = ['job_1']) => ({
  id: 'cert_ro_1',
  repairOrderId: 'ro_1',
  jobIds,
  report,
  vehicleId: 'veh_1',
  odometerKm: 45000,
  counter: null,
  workshop,
});
// 2026-12-31T17:00Z is already 2027-01-01 in Shanghai.
const context = { actor: qc, at: at('2026-12-31T17:00:00Z') };

describe('issueCompletionCertificate (§4.1(4))', () => {
  it('§4.1(4) issues a numbered certificate signed by the QC inspector, stating the REG-1 guarantee', () => {
    const issued = issueCompletionCertificate(
      input(reportFor(['assembly-overhaul'])),
      context,
    )._unsafeUnwrap();
    expect(issued.certificate).toMatchObject({
      number: 'SH4S01-2027-000001',
      year: 2027,
      issuedOn: '2027-01-01',
      signedBy: 'emp_qc',
      repairCategories: ['assembly-overhaul'],
      guarantee: { days: 100, km: 20000, lastDay: '2027-04-11', lastOdometerKm: 65000 },
    });
    expect(issued.counter).toMatchObject({
      id: 'ccn_SH4S01_2027',
      lastNumber: 'SH4S01-2027-000001',
    });
    expect(issued.events[0]).toMatchObject({
      type: 'quality.certificate-issued',
      aggregateType: 'quality-completion-certificate',
      payload: { certificateNumber: 'SH4S01-2027-000001', signedBy: 'emp_qc' },
    });
  });

  it('§4.1(4) §3.4(5) no report, no certificate', () => {
    expect(issueCompletionCertificate(input(null), context)._unsafeUnwrapErr()).toMatchObject({
      code: 'inspection_report_missing',
      clause: '§3.4(5)',
    });
    const otherOrder = reportFor(['assembly-overhaul'], 'ro_2');
    expect(issueCompletionCertificate(input(otherOrder), context)._unsafeUnwrapErr().code).toBe(
      'inspection_report_mismatch',
    );
  });

  it('§4.1(4) only categories that require a certificate get one; configurable', () => {
    const minor = reportFor(['minor-repair']);
    expect(issueCompletionCertificate(input(minor), context)._unsafeUnwrapErr()).toMatchObject({
      code: 'certificate_not_required',
      clause: '§4.1(4)',
    });
    const config = { ...defaultQualityConfig, certificateCategories: ['minor-repair' as const] };
    expect(issueCompletionCertificate(input(minor), { ...context, config }).isOk()).toBe(true);
  });

  it('§4.1(4) REG-1 a mixed order states the longest guarantee and lists the categories requiring the certificate', () => {
    const report = reportFor(['minor-repair', 'second-level-maintenance']);
    const issued = issueCompletionCertificate(
      input(report, ['job_1', 'job_2']),
      context,
    )._unsafeUnwrap();
    expect(issued.certificate.repairCategories).toEqual(['second-level-maintenance']);
    expect(issued.certificate.guarantee).toMatchObject({ days: 30, km: 5000 });
  });

  it('§4.1(4) only the QC inspector (completion-certificate.issue) signs it', () => {
    const error = issueCompletionCertificate(input(reportFor(['assembly-overhaul'])), {
      ...context,
      actor: tech1,
    });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'completion-certificate.issue' },
    });
  });

  it('§4.1(4) continues the counter it is given and rejects bad ids with validation errors', () => {
    const report = reportFor(['assembly-overhaul']);
    const first = issueCompletionCertificate(input(report), context)._unsafeUnwrap();
    const second = issueCompletionCertificate(
      { ...input(report), counter: { ...first.counter, version: 1 } },
      context,
    );
    expect(second._unsafeUnwrap().certificate.number).toBe('SH4S01-2027-000002');
    const bad = issueCompletionCertificate({ ...input(report), vehicleId: 'bad id!' }, context);
    expect(bad._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
