import { addCalendarDays, type CalendarDate } from '../../shared/index';
import { defaultProcurementConfig, type ProcurementConfig } from './config';
import type { Supplier } from './supplier-schema';

/**
 * An evaluation period (评估周期): first and last dealer date, inclusive.
 *
 * @example
 * ```ts
 * const q1: EvaluationPeriod = { start: '2026-01-01', end: '2026-03-31' } as EvaluationPeriod;
 * ```
 * @category parts
 * @see §6.1.2
 */
export interface EvaluationPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

function monthStart(year: number, month: number): CalendarDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01` as CalendarDate;
}

/**
 * The calendar-aligned evaluation period containing a date: with the
 * default 3 months, the quarter (Jan–Mar, Apr–Jun, …).
 *
 * @example
 * ```ts
 * evaluationPeriodOf('2026-05-20' as CalendarDate); // { start: '2026-04-01', end: '2026-06-30' }
 * ```
 * @category parts
 * @see §6.1.2
 */
export function evaluationPeriodOf(
  date: CalendarDate,
  config: ProcurementConfig = defaultProcurementConfig,
): EvaluationPeriod {
  const months = config.scorecard.periodMonths;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / months) * months + 1;
  return {
    start: monthStart(year, first),
    end: addCalendarDays(monthStart(year, first + months), -1),
  };
}

/**
 * The last complete evaluation period before the one containing a date: the
 * period to evaluate now.
 *
 * @example
 * ```ts
 * previousEvaluationPeriod('2026-05-20' as CalendarDate); // { start: '2026-01-01', end: '2026-03-31' }
 * ```
 * @category parts
 * @see §6.1.2
 */
export function previousEvaluationPeriod(
  date: CalendarDate,
  config: ProcurementConfig = defaultProcurementConfig,
): EvaluationPeriod {
  const current = evaluationPeriodOf(date, config);
  return evaluationPeriodOf(addCalendarDays(current.start, -1), config);
}

/**
 * Whether a supplier's periodic evaluation (定期评估) is due on a date: it
 * has never been evaluated, or its last evaluation ended before the last
 * complete period.
 *
 * @example
 * ```ts
 * isSupplierEvaluationDue(supplier, '2026-04-02' as CalendarDate); // true when Q1 is not yet evaluated
 * ```
 * @category parts
 * @see §6.1.2
 */
export function isSupplierEvaluationDue(
  supplier: Pick<Supplier, 'lastEvaluation'>,
  date: CalendarDate,
  config: ProcurementConfig = defaultProcurementConfig,
): boolean {
  const last = supplier.lastEvaluation;
  return last === null || last.periodEnd < previousEvaluationPeriod(date, config).end;
}
