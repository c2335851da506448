import { describe, expect, it } from 'vitest';
import {
  certificationStateAt,
  issueCertification,
  parseTrainingConfig,
  revokeCertification,
} from '../../src/training/index';
import { at, certification, manager, noonOn, T0, technician, trainer } from './fixtures';

describe('certifications', () => {
  it('§8.1.3 special training leads to a certification valid for 24 months by default', () => {
    const { certification: cert, events } = issueCertification(
      { employeeId: technician.id, code: 'EV-HV', issuedOn: '2026-04-10', sessionId: 'trs_9' },
      { id: 'crt_1', at: T0, actor: trainer },
    )._unsafeUnwrap();
    expect(cert).toMatchObject({
      id: 'crt_1',
      employeeId: technician.id,
      code: 'EV-HV',
      issuedOn: '2026-04-10',
      expiresOn: '2028-04-09',
      sessionId: 'trs_9',
      issuedBy: trainer.id,
      revocation: null,
    });
    expect(events[0]).toMatchObject({
      type: 'training.certification-issued',
      aggregateType: 'certification',
      payload: { certificationId: 'crt_1', code: 'EV-HV', expiresOn: '2028-04-09' },
    });
  });

  it('§8.1.3 validity is configurable; an explicit expiry or none (null) wins', () => {
    const config = parseTrainingConfig({
      certification: { defaultValidityMonths: 12 },
    })._unsafeUnwrap();
    const short = issueCertification(
      { employeeId: technician.id, code: 'EV-HV', issuedOn: '2026-01-31' },
      { id: 'crt_1', at: T0, actor: trainer },
      config,
    )._unsafeUnwrap().certification;
    expect(short.expiresOn).toBe('2027-01-30');
    expect(certification(technician.id, 'AC', '2026-01-01', null).expiresOn).toBeNull();
    expect(certification(technician.id, 'AC', '2026-01-01', '2026-06-30').expiresOn).toBe(
      '2026-06-30',
    );
    const backwards = issueCertification(
      { employeeId: technician.id, code: 'AC', issuedOn: '2026-05-01', expiresOn: '2026-04-01' },
      { id: 'crt_2', at: T0, actor: trainer },
    );
    expect(backwards._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ path: 'expiresOn', reason: 'expires_before_issued' }],
    });
  });

  it('§8.1.3 issuing needs certification.record; a technician cannot certify themselves', () => {
    const refused = issueCertification(
      { employeeId: technician.id, code: 'EV-HV', issuedOn: '2026-04-10' },
      { id: 'crt_1', at: T0, actor: technician },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'certification.record' },
    });
  });

  it('§8.1.3 a certification is valid from issue to its last day, then expired (dealer calendar)', () => {
    const cert = certification(technician.id, 'EV-HV', '2026-04-10', '2026-12-31');
    expect(certificationStateAt(cert, noonOn('2026-04-09'))).toBe('not-yet-valid');
    expect(certificationStateAt(cert, noonOn('2026-04-10'))).toBe('valid');
    // 23:30 on 31 December in Shanghai is still the last day; 00:30 on 1 January is not.
    expect(certificationStateAt(cert, '2026-12-31T15:30:00.000Z' as never)).toBe('valid');
    expect(certificationStateAt(cert, '2026-12-31T16:30:00.000Z' as never)).toBe('expired');
  });

  it('§8.1.3 revoking (by a trainer or the service manager) ends validity from that instant, once', () => {
    const cert = certification(technician.id, 'EV-HV', '2026-01-10');
    const revoked = revokeCertification(cert, 'safety-violation', {
      at: at(600),
      actor: manager,
    })._unsafeUnwrap();
    expect(revoked.certification.revocation).toEqual({
      at: at(600),
      by: manager.id,
      reason: 'safety-violation',
    });
    expect(revoked.events[0]).toMatchObject({
      type: 'training.certification-revoked',
      payload: { certificationId: cert.id, reason: 'safety-violation', actorId: manager.id },
    });
    expect(certificationStateAt(revoked.certification, at(599))).toBe('valid');
    expect(certificationStateAt(revoked.certification, at(600))).toBe('revoked');
    const again = revokeCertification(revoked.certification, 'other', {
      at: at(700),
      actor: trainer,
    });
    expect(again._unsafeUnwrapErr()).toEqual({
      code: 'certification_already_revoked',
      clause: '§8.1.3',
      data: { certificationId: cert.id },
    });
    const forbidden = revokeCertification(cert, 'other', { at: at(700), actor: technician });
    expect(forbidden._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      data: { capability: 'certification.record' },
    });
    expect(cert.revocation).toBeNull();
  });
});
