import type { Role } from '../org/index';
import { type CalendarDate, type Instant, toDealerDate } from '../shared/index';
import { assessmentPeriodBounds, assessmentPeriodOf } from './assessment-period';
import type { AttendanceRecord } from './attendance';
import { checkOnboarding, type OnboardingStatus } from './check-onboarding';
import { checkSafetyTraining, type SafetyTrainingReport } from './check-safety-training';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import { findInServiceGaps, type InServiceGap } from './find-in-service-gaps';

/**
 * Who is checked by {@link checkTrainingCompliance}: id, roles, and the
 * days they joined and left when known.
 *
 * @example
 * ```ts
 * const employee: ComplianceEmployee = { employeeId: 'emp_1', roles: ['technician'], hiredOn: '2026-03-02' as CalendarDate };
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §9.2.1–§9.2.3
 */
export interface ComplianceEmployee {
  readonly employeeId: string;
  readonly roles: readonly Role[];
  readonly hiredOn?: CalendarDate | undefined;
  readonly leftOn?: CalendarDate | undefined;
}

/**
 * One employee's training compliance: onboarding (`null` when the hiring
 * day is unknown), in-service gaps since `since`, and required safety
 * training. `compliant` is false when onboarding is `overdue`, a past
 * quarter was `missed`, or safety training is missing or overdue; open
 * items still within their time (`in-progress`, `due`) do not break it.
 *
 * @example
 * ```ts
 * const report: TrainingComplianceReport = checkTrainingCompliance(employee, records, at);
 * report.compliant; // false
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §9.2.1–§9.2.3
 */
export interface TrainingComplianceReport {
  readonly employeeId: string;
  readonly compliant: boolean;
  readonly onboarding: OnboardingStatus | null;
  readonly inServiceGaps: readonly InServiceGap[];
  readonly safety: SafetyTrainingReport;
}

/**
 * Checks everything training asks of one employee as of `at` (§8.1.1
 * onboarding, §8.1.2 quarterly in-service training, §9.2 safety training)
 * in one report. In-service quarters are checked from `since` (default:
 * the start of the previous year in the dealer's calendar, or the hiring
 * day when later).
 *
 * @example
 * ```ts
 * checkTrainingCompliance(
 *   { employeeId: 'emp_1', roles: ['technician'], hiredOn: '2025-07-01' as CalendarDate }, records, at,
 * ).inServiceGaps; // [{ quarter: '2026-Q1', status: 'missed', … }]
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §9.2.1–§9.2.3
 */
export function checkTrainingCompliance(
  employee: ComplianceEmployee,
  records: readonly AttendanceRecord[],
  at: Instant,
  config: TrainingConfig = defaultTrainingConfig,
  since?: CalendarDate,
): TrainingComplianceReport {
  const today = toDealerDate(at, config.timeZone);
  const lastYear = assessmentPeriodOf('annual', today);
  const defaultFrom = assessmentPeriodBounds({
    kind: 'annual',
    label: String(Number(lastYear.label) - 1).padStart(4, '0'),
  }).from;
  const from = since ?? defaultFrom;
  const onboarding =
    employee.hiredOn === undefined
      ? null
      : checkOnboarding(
          { employeeId: employee.employeeId, hiredOn: employee.hiredOn },
          records,
          at,
          config,
        );
  const inServiceGaps = findInServiceGaps([employee], records, from, at, config);
  const safety = checkSafetyTraining(employee, records, at, config);
  const compliant =
    onboarding?.status !== 'overdue' &&
    inServiceGaps.every((gap) => gap.status !== 'missed') &&
    safety.compliant;
  return { employeeId: employee.employeeId, compliant, onboarding, inServiceGaps, safety };
}
