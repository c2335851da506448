import {
  type DomainError,
  domainError,
  type MoneyArithmeticError,
  type ValidationError,
} from '../shared/index';
import type { RejectedRecord } from './kpi';

/**
 * A record a KPI did not count, as an error value so that a host can log
 * it or show it with {@link analyticsMessages} (§11.2.1). The data is the
 * {@link RejectedRecord}: ids, reason codes and field paths only.
 *
 * @example
 * ```ts
 * const error: RecordRejectedError = recordRejected(report.rejected[0]!);
 * ```
 * @category analytics
 * @see §11.2.1
 */
export type RecordRejectedError = DomainError<'record_rejected', RejectedRecord>;

/**
 * Wraps a {@link RejectedRecord} of a KPI report as a {@link RecordRejectedError}.
 *
 * @param rejection - an entry of `KpiReport.rejected`
 * @returns the error value, clause `§11.2.1`
 * @example
 * ```ts
 * formatError(recordRejected(report.rejected[0]!), 'zh-CN', analyticsMessages);
 * ```
 * @category analytics
 * @see §11.2.1
 */
export function recordRejected(rejection: RejectedRecord): RecordRejectedError {
  return domainError('record_rejected', rejection, '§11.2.1');
}

/**
 * The errors analytics defines itself (rendered by {@link analyticsMessages}).
 *
 * @example
 * ```ts
 * const error: AnalyticsOwnError = recordRejected(rejection);
 * ```
 * @category analytics
 * @see §11.2.1
 */
export type AnalyticsOwnError = RecordRejectedError;

/**
 * Every error analytics returns: its own, `validation_failed` (shared)
 * when options or input lists do not parse, and the money errors
 * (`currency_mismatch`, `money_out_of_range`) of sums beyond range.
 *
 * @example
 * ```ts
 * const result: Result<KpiReport, AnalyticsError> = computeRevenuePerOrder(orders, { granularity: 'month' });
 * ```
 * @category analytics
 * @see §11.2.1
 */
export type AnalyticsError = AnalyticsOwnError | ValidationError | MoneyArithmeticError;
