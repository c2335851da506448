import { type CalendarDate, type Instant, toDealerDate } from '../shared/index';
import {
  assessmentPeriodBounds,
  assessmentPeriodOf,
  assessmentPeriodsBetween,
} from './assessment-period';
import type { AttendanceRecord } from './attendance';
import { completedBy } from './completions';
import { defaultTrainingConfig, type TrainingConfig } from './config';

/**
 * Who is checked for in-service training: the employee, and optionally
 * the days they joined and left (quarters outside their employment are
 * not required).
 *
 * @example
 * ```ts
 * const staff: InServiceEmployee = { employeeId: 'emp_1', hiredOn: '2025-07-01' as CalendarDate };
 * ```
 * @category training
 * @see §8.1.2
 */
export interface InServiceEmployee {
  readonly employeeId: string;
  readonly hiredOn?: CalendarDate | undefined;
  readonly leftOn?: CalendarDate | undefined;
}

/**
 * One employee's shortfall in one quarter: `missed` for a quarter that is
 * over, `due` for the current quarter (there is still time).
 *
 * @example
 * ```ts
 * const gap: InServiceGap = { employeeId: 'emp_1', quarter: '2026-Q1', attended: 0, required: 1, status: 'missed' };
 * ```
 * @category training
 * @see §8.1.2
 */
export interface InServiceGap {
  readonly employeeId: string;
  /** The quarter in the dealer's calendar, `2026-Q1`. */
  readonly quarter: string;
  readonly attended: number;
  readonly required: number;
  readonly status: 'missed' | 'due';
}

/**
 * Finds, per employee and quarter, where fewer than
 * `config.inService.sessionsPerQuarter` (1) in-service sessions were
 * completed (§8.1.2), from the quarter containing `from` to the current
 * quarter at `at`, in the dealer's zone. Sessions of the kinds in
 * `config.inService.countedKinds` (`in-service`) count, once per session;
 * absences and failed tests do not. Quarters before hiring and after
 * leaving are skipped, and so is the quarter of hiring when
 * `config.inService.exemptHireQuarter` (onboarding covers it). Rows come
 * employee by employee (input order), oldest quarter first.
 *
 * @example
 * ```ts
 * findInServiceGaps([{ employeeId: 'emp_1' }], records, '2026-01-01' as CalendarDate, at);
 * // [{ employeeId: 'emp_1', quarter: '2026-Q1', attended: 0, required: 1, status: 'missed' }, …]
 * ```
 * @category training
 * @see §8.1.2
 */
export function findInServiceGaps(
  employees: readonly InServiceEmployee[],
  records: readonly AttendanceRecord[],
  from: CalendarDate,
  at: Instant,
  config: TrainingConfig = defaultTrainingConfig,
): readonly InServiceGap[] {
  const today = toDealerDate(at, config.timeZone);
  const current = assessmentPeriodOf('quarterly', today).label;
  const quarters = assessmentPeriodsBetween('quarterly', from, today);
  const required = config.inService.sessionsPerQuarter;
  const counted = new Set<string>(config.inService.countedKinds);
  const gaps: InServiceGap[] = [];
  for (const employee of employees) {
    const done = completedBy(records, employee.employeeId, today).filter((r) =>
      counted.has(r.kind),
    );
    for (const quarter of quarters) {
      if (!isRequired(employee, quarter.label, config)) continue;
      const { from: start, to: end } = assessmentPeriodBounds(quarter);
      const sessions = new Set(
        done.filter((r) => r.date >= start && r.date <= end).map((r) => r.sessionId),
      );
      if (sessions.size >= required) continue;
      gaps.push({
        employeeId: employee.employeeId,
        quarter: quarter.label,
        attended: sessions.size,
        required,
        status: quarter.label === current ? 'due' : 'missed',
      });
    }
  }
  return gaps;
}

function isRequired(employee: InServiceEmployee, quarter: string, config: TrainingConfig): boolean {
  if (employee.hiredOn !== undefined) {
    const hired = assessmentPeriodOf('quarterly', employee.hiredOn).label;
    if (quarter < hired || (quarter === hired && config.inService.exemptHireQuarter)) return false;
  }
  if (employee.leftOn !== undefined) {
    const left = assessmentPeriodOf('quarterly', employee.leftOn).label;
    if (quarter > left) return false;
  }
  return true;
}
