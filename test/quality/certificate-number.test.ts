import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceCertificateCounter,
  type CertificateCounter,
  certificateCounterId,
  nextCertificateNumber,
} from '../../src/quality/index';
import { T0 } from './fixtures';

describe('completion-certificate numbering (§4.1(4))', () => {
  it('§4.1(4) starts each dealer-year at 000001 and counts up by one', () => {
    expect(nextCertificateNumber(null, 'SH4S01', 2026)._unsafeUnwrap()).toBe('SH4S01-2026-000001');
    expect(nextCertificateNumber('SH4S01-2026-000041', 'SH4S01', 2026)._unsafeUnwrap()).toBe(
      'SH4S01-2026-000042',
    );
    expect(nextCertificateNumber('SH4S01-2026-099999', 'SH4S01', 2026)._unsafeUnwrap()).toBe(
      'SH4S01-2026-100000',
    );
  });

  it('§4.1(4) refuses a last number of another dealer or year, or a malformed one', () => {
    const reason = (last: string) => {
      const error = nextCertificateNumber(last, 'SH4S01', 2026)._unsafeUnwrapErr();
      return error.code === 'certificate_sequence_mismatch' ? error.data.reason : error.code;
    };
    expect(reason('BJ4S02-2026-000001')).toBe('other_dealer');
    expect(reason('SH4S01-2025-000900')).toBe('other_year');
    expect(reason('SH4S01-2026-1')).toBe('malformed');
    expect(reason('x'.repeat(100_000))).toBe('malformed');
  });

  it('§4.1(4) the sequence ends at 999999 rather than wrapping', () => {
    expect(
      nextCertificateNumber('SH4S01-2026-999999', 'SH4S01', 2026)._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'certificate_sequence_exhausted',
      data: { max: 999999 },
    });
  });

  it('§4.1(4) a malformed dealer code or year is a validation error', () => {
    expect(nextCertificateNumber(null, 'sh-01', 2026)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
    expect(nextCertificateNumber(null, 'SH4S01', 26)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
    expect(nextCertificateNumber(null, 'SH4S01', 2026.5)._unsafeUnwrapErr().code).toBe(
      'validation_failed',
    );
  });

  it('§4.1(4) property: n advances from a new counter issue 1..n with no gap and no repeat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('SH4S01', 'A1', 'ZZ99ZZ99ZZ99ZZ99'),
        fc.integer({ min: 1000, max: 9999 }),
        (n, dealer, year) => {
          let counter: CertificateCounter | null = null;
          const numbers: number[] = [];
          for (let i = 0; i < n; i += 1) {
            const next: { counter: CertificateCounter; number: string } = advanceCertificateCounter(
              counter,
              dealer,
              year,
              T0,
            )._unsafeUnwrap();
            counter = next.counter;
            expect(next.number.startsWith(`${dealer}-${year}-`)).toBe(true);
            numbers.push(Number(next.number.slice(-6)));
          }
          expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
          expect(counter?.id).toBe(certificateCounterId(dealer, year));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('§4.1(4) a counter is bound to its dealer and year', () => {
    const { counter } = advanceCertificateCounter(null, 'SH4S01', 2026, T0)._unsafeUnwrap();
    expect(counter).toMatchObject({
      id: 'ccn_SH4S01_2026',
      version: 0,
      lastNumber: 'SH4S01-2026-000001',
    });
    expect(advanceCertificateCounter(counter, 'SH4S01', 2027, T0)._unsafeUnwrapErr()).toMatchObject(
      {
        code: 'certificate_sequence_mismatch',
        data: { reason: 'other_year' },
      },
    );
    expect(advanceCertificateCounter(counter, 'BJ01', 2026, T0)._unsafeUnwrapErr()).toMatchObject({
      data: { reason: 'other_dealer' },
    });
  });
});
