import { addCalendarMonths, type CalendarDate, type Instant, toDealerDate } from '../shared/index';
import type { AttendanceRecord } from './attendance';
import { completedBy, firstCompletionByTopic } from './completions';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import type { TrainingTopic } from './vocabulary';

/**
 * Where an employee's onboarding (入职培训) stands: `complete` (every
 * required topic by the due date), `completed-late`, `in-progress` (topics
 * missing, still within the period) or `overdue`.
 *
 * @example
 * ```ts
 * const status: OnboardingStatus['status'] = 'overdue';
 * ```
 * @category training
 * @see §8.1.1
 */
export interface OnboardingStatus {
  readonly employeeId: string;
  readonly hiredOn: CalendarDate;
  /** The last day of the onboarding period. */
  readonly dueOn: CalendarDate;
  readonly status: 'complete' | 'completed-late' | 'in-progress' | 'overdue';
  /** The day the last required topic was completed, `null` while topics are missing. */
  readonly completedOn: CalendarDate | null;
  /** Required topics not yet completed, in configuration order. */
  readonly missingTopics: readonly TrainingTopic[];
}

/**
 * Checks an employee's onboarding (§8.1.1): within
 * `config.onboarding.withinMonths` (1) of `hiredOn` the employee must
 * complete onboarding training on every topic of
 * `config.onboarding.requiredTopics` (company culture, product knowledge,
 * service process). Only `onboarding` sessions on or after the hiring day
 * and on or before today (the dealer's date at `at`) count; absences and
 * failed tests do not. The period ends on the same day of the month
 * `withinMonths` later (clamped to the month's end).
 *
 * @example
 * ```ts
 * checkOnboarding({ employeeId: 'emp_1', hiredOn: '2026-03-02' as CalendarDate }, records, at);
 * // { status: 'in-progress', dueOn: '2026-04-02', missingTopics: ['service-process'], … }
 * ```
 * @category training
 * @see §8.1.1
 */
export function checkOnboarding(
  employee: { readonly employeeId: string; readonly hiredOn: CalendarDate },
  records: readonly AttendanceRecord[],
  at: Instant,
  config: TrainingConfig = defaultTrainingConfig,
): OnboardingStatus {
  const today = toDealerDate(at, config.timeZone);
  const dueOn = addCalendarMonths(employee.hiredOn, config.onboarding.withinMonths);
  const onboarding = completedBy(records, employee.employeeId, today).filter(
    (r) => r.kind === 'onboarding' && r.date >= employee.hiredOn,
  );
  const first = firstCompletionByTopic(onboarding);
  const required = config.onboarding.requiredTopics;
  const missingTopics = required.filter((topic) => !first.has(topic));
  const base = { employeeId: employee.employeeId, hiredOn: employee.hiredOn, dueOn, missingTopics };
  if (missingTopics.length > 0) {
    return { ...base, status: today > dueOn ? 'overdue' : 'in-progress', completedOn: null };
  }
  const dates = required.flatMap((topic) => first.get(topic) ?? []).sort();
  const completedOn = dates.at(-1) ?? employee.hiredOn;
  return { ...base, status: completedOn <= dueOn ? 'complete' : 'completed-late', completedOn };
}
