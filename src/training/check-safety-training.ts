import type { Role } from '../org/index';
import { addCalendarMonths, type CalendarDate, type Instant, toDealerDate } from '../shared/index';
import type { AttendanceRecord } from './attendance';
import { completedBy, satisfies } from './completions';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import type { TrainingRequirement } from './training-requirement';

/**
 * One required training of an employee and where it stands: `current`,
 * `missing` (never completed) or `overdue` (the renewal is past due).
 *
 * @example
 * ```ts
 * const item: RequiredTrainingStatus = {
 *   requirement: { topic: 'safety-basics', courseCode: null, renewalMonths: 12 }, roles: ['technician'],
 *   status: 'overdue', lastCompletedOn: '2025-01-10', dueOn: '2026-01-10',
 * };
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export interface RequiredTrainingStatus {
  readonly requirement: TrainingRequirement;
  /** The employee's roles that require it. */
  readonly roles: readonly Role[];
  readonly status: 'current' | 'missing' | 'overdue';
  readonly lastCompletedOn: CalendarDate | null;
  /** The last day of validity of the last completion; `null` when missing or never renewed. */
  readonly dueOn: CalendarDate | null;
}

/**
 * An employee's safety-training compliance report (§9.2): every required
 * training with its status, and the missing and overdue ones.
 *
 * @example
 * ```ts
 * const report: SafetyTrainingReport = checkSafetyTraining(employee, records, at);
 * report.compliant; // false when anything is missing or overdue
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export interface SafetyTrainingReport {
  readonly employeeId: string;
  readonly compliant: boolean;
  readonly items: readonly RequiredTrainingStatus[];
  readonly missing: readonly RequiredTrainingStatus[];
  readonly overdue: readonly RequiredTrainingStatus[];
}

interface Merged {
  requirement: TrainingRequirement;
  roles: Role[];
}

// Two roles may require the same training with different intervals: the stricter one applies.
function stricter(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function mergeRequirements(
  roles: readonly Role[],
  table: TrainingConfig['safety']['requirements'],
): readonly Merged[] {
  const merged = new Map<string, Merged>();
  for (const role of roles) {
    for (const requirement of table[role] ?? []) {
      const key = JSON.stringify([requirement.topic, requirement.courseCode]);
      const found = merged.get(key);
      if (found === undefined) {
        merged.set(key, { requirement, roles: [role] });
      } else {
        const renewalMonths = stricter(found.requirement.renewalMonths, requirement.renewalMonths);
        found.requirement = { ...found.requirement, renewalMonths };
        if (!found.roles.includes(role)) found.roles.push(role);
      }
    }
  }
  return [...merged.values()];
}

/**
 * Checks an employee's required safety training (§9.2.1 basic knowledge,
 * §9.2.2 safe operation for the post, §9.2.3 emergency response) against
 * the role table `config.safety.requirements`, as of the dealer's date at
 * `at`. A requirement is met by a completed session teaching its topic
 * (or being its course); with `renewalMonths` the last completion is valid
 * through the same day that many months later, and after that it is
 * `overdue`. When several roles require the same training the shortest
 * interval applies.
 *
 * @example
 * ```ts
 * const report = checkSafetyTraining({ employeeId: 'emp_1', roles: ['technician'] }, records, at);
 * report.missing.map((item) => item.requirement.topic); // ['safety-operations']
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export function checkSafetyTraining(
  employee: { readonly employeeId: string; readonly roles: readonly Role[] },
  records: readonly AttendanceRecord[],
  at: Instant,
  config: TrainingConfig = defaultTrainingConfig,
): SafetyTrainingReport {
  const today = toDealerDate(at, config.timeZone);
  const done = completedBy(records, employee.employeeId, today);
  const items = mergeRequirements(employee.roles, config.safety.requirements).map(
    ({ requirement, roles }): RequiredTrainingStatus => {
      const last = done.filter((r) => satisfies(r, requirement)).at(-1)?.date ?? null;
      if (last === null) {
        return { requirement, roles, status: 'missing', lastCompletedOn: null, dueOn: null };
      }
      const dueOn =
        requirement.renewalMonths === null
          ? null
          : addCalendarMonths(last, requirement.renewalMonths);
      const status = dueOn !== null && today > dueOn ? 'overdue' : 'current';
      return { requirement, roles, status, lastCompletedOn: last, dueOn };
    },
  );
  const missing = items.filter((item) => item.status === 'missing');
  const overdue = items.filter((item) => item.status === 'overdue');
  return {
    employeeId: employee.employeeId,
    compliant: missing.length === 0 && overdue.length === 0,
    items,
    missing,
    overdue,
  };
}
