import { describe, expect, it } from 'vitest';
import type { EmployeeId } from '../../src/org/index';
import type { Instant } from '../../src/shared/index';
import { buildCertificationLookup, revokeCertification } from '../../src/training/index';
import { certification, manager, noonOn } from './fixtures';
import { dispatchTo, orderWithHighVoltageJob } from './repair-order-fixture';

const emp = (id: string) => id as EmployeeId;

describe('buildCertificationLookup', () => {
  it('§8.1.3 counts only certifications valid at the instant: not expired, revoked or future', () => {
    const valid = certification('emp_a', 'EV-HV', '2026-01-01', '2027-12-31');
    const expired = certification('emp_b', 'EV-HV', '2024-01-01', '2026-02-28');
    const future = certification('emp_c', 'EV-HV', '2026-06-01');
    const revoked = revokeCertification(
      certification('emp_d', 'EV-HV', '2026-01-01'),
      'failed-reassessment',
      { at: '2026-03-01T00:00:00.000Z' as Instant, actor: manager },
    )._unsafeUnwrap().certification;
    const isCertified = buildCertificationLookup(
      [valid, expired, future, revoked],
      noonOn('2026-03-10'),
    );
    expect(isCertified(emp('emp_a'), 'EV-HV')).toBe(true);
    expect(isCertified(emp('emp_a'), 'AC-R134')).toBe(false);
    expect(isCertified(emp('emp_b'), 'EV-HV')).toBe(false);
    expect(isCertified(emp('emp_c'), 'EV-HV')).toBe(false);
    expect(isCertified(emp('emp_d'), 'EV-HV')).toBe(false);
    expect(isCertified(emp('emp_z'), 'EV-HV')).toBe(false);
  });

  it('§8.1.3 an expired certificate renewed by a new one counts again', () => {
    const old = certification('emp_b', 'EV-HV', '2024-01-01', '2026-02-28', 'crt_old');
    const renewed = certification('emp_b', 'EV-HV', '2026-03-05', undefined, 'crt_new');
    expect(
      buildCertificationLookup([old, renewed], noonOn('2026-03-04'))(emp('emp_b'), 'EV-HV'),
    ).toBe(false);
    expect(
      buildCertificationLookup([old, renewed], noonOn('2026-03-05'))(emp('emp_b'), 'EV-HV'),
    ).toBe(true);
  });
});

describe('§8.1.3 §2.2.3(1) dispatching a high-voltage job through repair-order with the lookup', () => {
  const when = noonOn('2026-03-02');
  const records = [
    certification('emp_ok', 'EV-HV', '2025-06-01'),
    certification('emp_old', 'EV-HV', '2023-01-01', '2025-12-31'),
    certification('emp_ac', 'AC-R134', '2025-06-01'),
  ];
  const isCertified = buildCertificationLookup(records, when);

  it('§8.1.3 rejects a technician without the certification', () => {
    const refused = dispatchTo(orderWithHighVoltageJob(), 'emp_ac', when, { isCertified });
    expect(refused._unsafeUnwrapErr()).toEqual({
      code: 'technician_not_certified',
      clause: '§2.2.3(1)',
      data: { technicianId: 'emp_ac', certification: 'EV-HV' },
    });
  });

  it('§8.1.3 rejects a technician whose certification has expired', () => {
    const refused = dispatchTo(orderWithHighVoltageJob(), 'emp_old', when, { isCertified });
    expect(refused._unsafeUnwrapErr().code).toBe('technician_not_certified');
  });

  it('§8.1.3 accepts a technician with a valid certification', () => {
    const accepted = dispatchTo(orderWithHighVoltageJob(), 'emp_ok', when, { isCertified });
    const job = accepted._unsafeUnwrap().state.jobs.find((j) => j.id === 'job_1');
    expect(job?.status).toBe('dispatched');
  });
});
