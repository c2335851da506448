import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { entityBaseShape, type Id, type Instant, idSchema, validationError } from '../shared/index';
import { type QualityError, qualityError } from './errors';
import { DealerCodeSchema } from './workshop-profile';

/** Six digits per dealer and year: ample for any workshop (a million certificates a year). */
const SEQUENCE_DIGITS = 6;
const MAX_SEQUENCE = 10 ** SEQUENCE_DIGITS - 1;
const NUMBER_PATTERN = /^([A-Z0-9]{2,16})-(\d{4})-(\d{6})$/;

/**
 * Identifier of a certificate counter: `ccn_<dealerCode>_<year>`, one per
 * dealer and year, so that two first issues of a year collide on the same id.
 *
 * @example
 * ```ts
 * const id: CertificateCounterId = certificateCounterId('SH4S01', 2026); // 'ccn_SH4S01_2026'
 * ```
 * @category quality
 * @see §4.1(4)
 */
export type CertificateCounterId = Id<'CertificateCounter'>;

/**
 * The numbering sequence of completion certificates of one dealer and year
 * (合格证编号), stored as an aggregate: issuing a certificate saves the
 * advanced counter with `expectedVersion`, in the same unit of work as the
 * certificate, so two concurrent issues cannot take the same number and a
 * failed issue leaves no gap.
 *
 * @example
 * ```ts
 * const counter: CertificateCounter = { ...base, id: certificateCounterId('SH4S01', 2026), dealerCode: 'SH4S01', year: 2026, lastNumber: 'SH4S01-2026-000041' };
 * ```
 * @category quality
 * @see §4.1(4)
 * @see X-6
 */
export const CertificateCounterSchema = z.object({
  ...entityBaseShape,
  id: idSchema<'CertificateCounter'>(),
  dealerCode: DealerCodeSchema,
  year: z.int().check(z.gte(1000), z.lte(9999)),
  lastNumber: z.nullable(z.string().check(z.maxLength(28), z.regex(NUMBER_PATTERN))),
});

/**
 * A parsed {@link CertificateCounterSchema}.
 *
 * @example
 * ```ts
 * counter.lastNumber; // 'SH4S01-2026-000041'
 * ```
 * @category quality
 * @see §4.1(4)
 */
export type CertificateCounter = z.infer<typeof CertificateCounterSchema>;

/**
 * The id of the counter of `dealerCode` in `year`.
 *
 * @example
 * ```ts
 * certificateCounterId('SH4S01', 2026); // 'ccn_SH4S01_2026'
 * ```
 * @category quality
 * @see §4.1(4)
 */
export function certificateCounterId(dealerCode: string, year: number): CertificateCounterId {
  return `ccn_${dealerCode}_${year}` as CertificateCounterId;
}

function checkSequenceOwner(dealerCode: string, year: number): Result<void, QualityError> {
  const issues = [];
  if (!DealerCodeSchema.safeParse(dealerCode).success) {
    issues.push({
      path: 'dealerCode',
      reason: 'invalid_format',
      detail: 'must be 2–16 A–Z or 0–9',
    });
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    issues.push({ path: 'year', reason: 'invalid_year', detail: 'must be a four-digit year' });
  }
  return issues.length === 0 ? ok(undefined) : err(validationError(issues, '§4.1(4)'));
}

/**
 * The next completion-certificate number of a dealer's yearly sequence,
 * `<dealerCode>-<year>-<6 digits>`, computed purely from the last number
 * issued: `null` starts the year at `000001`; otherwise the sequence part
 * plus one. Gap-free as long as every number it returns is stored with its
 * certificate atomically (see {@link CertificateCounter}).
 *
 * Errors: `validation_failed` (a malformed dealer code or year),
 * `certificate_sequence_mismatch` (`lastIssued` malformed or from another
 * dealer or year), `certificate_sequence_exhausted` (after `999999`).
 *
 * @param lastIssued - the last number issued in this sequence, or `null`
 * @param dealerCode - the workshop's dealer code
 * @param year - the year of issue in the dealer's time zone
 * @example
 * ```ts
 * nextCertificateNumber(null, 'SH4S01', 2026); // ok('SH4S01-2026-000001')
 * nextCertificateNumber('SH4S01-2026-000041', 'SH4S01', 2026); // ok('SH4S01-2026-000042')
 * nextCertificateNumber('SH4S01-2025-000900', 'SH4S01', 2026).isErr(); // true: a new year starts at null
 * ```
 * @category quality
 * @see §4.1(4)
 */
export function nextCertificateNumber(
  lastIssued: string | null,
  dealerCode: string,
  year: number,
): Result<string, QualityError> {
  const owner = checkSequenceOwner(dealerCode, year);
  if (owner.isErr()) return err(owner.error);
  let sequence = 0;
  if (lastIssued !== null) {
    const match = typeof lastIssued === 'string' ? NUMBER_PATTERN.exec(lastIssued) : null;
    const mismatch = (reason: 'malformed' | 'other_dealer' | 'other_year') =>
      err(qualityError('certificate_sequence_mismatch', { dealerCode, year, reason }));
    if (match === null) return mismatch('malformed');
    if (match[1] !== dealerCode) return mismatch('other_dealer');
    if (Number(match[2]) !== year) return mismatch('other_year');
    sequence = Number(match[3]);
  }
  if (sequence >= MAX_SEQUENCE) {
    return err(
      qualityError('certificate_sequence_exhausted', { dealerCode, year, max: MAX_SEQUENCE }),
    );
  }
  return ok(`${dealerCode}-${year}-${String(sequence + 1).padStart(SEQUENCE_DIGITS, '0')}`);
}

/**
 * Takes the next number from a dealer-year counter, creating the counter
 * (version 0) when `counter` is `null`. Returns the advanced counter to save
 * with `expectedVersion` = the version it was read at (0 when new).
 * Errors: those of {@link nextCertificateNumber}, and
 * `certificate_sequence_mismatch` when `counter` is another dealer's or year's.
 *
 * @example
 * ```ts
 * const { counter, number } = advanceCertificateCounter(null, 'SH4S01', 2026, at)._unsafeUnwrap();
 * number; // 'SH4S01-2026-000001'
 * ```
 * @category quality
 * @see §4.1(4)
 * @see X-6
 */
export function advanceCertificateCounter(
  counter: CertificateCounter | null,
  dealerCode: string,
  year: number,
  at: Instant,
): Result<{ readonly counter: CertificateCounter; readonly number: string }, QualityError> {
  if (counter !== null && counter.dealerCode !== dealerCode) {
    return err(
      qualityError('certificate_sequence_mismatch', { dealerCode, year, reason: 'other_dealer' }),
    );
  }
  if (counter !== null && counter.year !== year) {
    return err(
      qualityError('certificate_sequence_mismatch', { dealerCode, year, reason: 'other_year' }),
    );
  }
  return nextCertificateNumber(counter?.lastNumber ?? null, dealerCode, year).map((number) => ({
    number,
    counter:
      counter === null
        ? {
            id: certificateCounterId(dealerCode, year),
            version: 0,
            createdAt: at,
            updatedAt: at,
            dealerCode,
            year,
            lastNumber: number,
          }
        : { ...counter, lastNumber: number, updatedAt: at },
  }));
}
