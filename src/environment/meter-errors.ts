import { type DomainError, domainError } from '../shared/index';

/**
 * A meter reading below the previous one that is not flagged as a meter
 * replacement or a register rollover.
 *
 * @example
 * ```ts
 * const error: MeterReadingDecreasedError = meterReadingDecreased('mtr_1', '1200', '1150');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingDecreasedError = DomainError<
  'meter_reading_decreased',
  { readonly meterId: string; readonly previousValue: string; readonly value: string }
>;

/**
 * A reading taken no later than the previous one, or after the moment it
 * is recorded.
 *
 * @example
 * ```ts
 * const error: MeterReadingTimeInvalidError = meterReadingTimeInvalid('mtr_1', 'not_after_previous');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingTimeInvalidError = DomainError<
  'meter_reading_time_invalid',
  { readonly meterId: string; readonly reason: 'not_after_previous' | 'after_recording' }
>;

/**
 * A replacement or rollover whose figures do not fit the previous reading.
 *
 * @example
 * ```ts
 * const error: MeterResetInvalidError = meterResetInvalid('mtr_1', 'final_below_previous');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterResetInvalidError = DomainError<
  'meter_reset_invalid',
  {
    readonly meterId: string;
    readonly reason:
      | 'no_previous'
      | 'final_below_previous'
      | 'value_below_start'
      | 'limit_not_above_previous'
      | 'value_not_below_limit';
  }
>;

/**
 * The "previous" reading given belongs to another meter.
 *
 * @example
 * ```ts
 * const error: MeterReadingMismatchError = meterReadingMismatch('mtr_1', 'rdg_9');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingMismatchError = DomainError<
  'meter_reading_mismatch',
  { readonly meterId: string; readonly readingId: string }
>;

/**
 * Builds a {@link MeterReadingDecreasedError}.
 *
 * @example
 * ```ts
 * meterReadingDecreased('mtr_1', '1200', '1150').clause; // '§10.2(1)'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function meterReadingDecreased(
  meterId: string,
  previousValue: string,
  value: string,
): MeterReadingDecreasedError {
  return domainError('meter_reading_decreased', { meterId, previousValue, value }, '§10.2(1)');
}

/**
 * Builds a {@link MeterReadingTimeInvalidError}.
 *
 * @example
 * ```ts
 * meterReadingTimeInvalid('mtr_1', 'after_recording').code; // 'meter_reading_time_invalid'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function meterReadingTimeInvalid(
  meterId: string,
  reason: MeterReadingTimeInvalidError['data']['reason'],
): MeterReadingTimeInvalidError {
  return domainError('meter_reading_time_invalid', { meterId, reason }, '§10.2(1)');
}

/**
 * Builds a {@link MeterResetInvalidError}.
 *
 * @example
 * ```ts
 * meterResetInvalid('mtr_1', 'no_previous').code; // 'meter_reset_invalid'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function meterResetInvalid(
  meterId: string,
  reason: MeterResetInvalidError['data']['reason'],
): MeterResetInvalidError {
  return domainError('meter_reset_invalid', { meterId, reason }, '§10.2(1)');
}

/**
 * Builds a {@link MeterReadingMismatchError}.
 *
 * @example
 * ```ts
 * meterReadingMismatch('mtr_1', 'rdg_9').code; // 'meter_reading_mismatch'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function meterReadingMismatch(
  meterId: string,
  readingId: string,
): MeterReadingMismatchError {
  return domainError('meter_reading_mismatch', { meterId, readingId }, '§10.2(1)');
}
