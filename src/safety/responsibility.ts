import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/deep-freeze';
import { type EmployeeId, ROLES, type Role, RoleSchema } from '../org/index';
import { parseWith, type ValidationError } from '../shared/index';
import {
  SAFETY_DUTIES,
  SAFETY_LEVELS,
  type SafetyDuty,
  SafetyDutySchema,
  type SafetyLevel,
} from './duties';

const ResponsibilityEntrySchema = z.object({
  level: z.enum(SAFETY_LEVELS),
  duties: z.array(SafetyDutySchema).check(
    z.maxLength(SAFETY_DUTIES.length),
    z.refine((duties) => new Set(duties).size === duties.length, {
      message: 'must not repeat',
      params: { reason: 'duplicate' },
    }),
  ),
});

function assignedDuties(matrix: Partial<Record<Role, { duties: readonly string[] }>>): Set<string> {
  return new Set(Object.values(matrix).flatMap((entry) => entry?.duties ?? []));
}

/**
 * Schema of a {@link ResponsibilityMatrix}: per role, its level and duties.
 * Every duty must be held by some role (reason `duty_unassigned`: a duty
 * nobody holds is not "落到实处") and some role must be the principal
 * (reason `principal_missing`).
 *
 * @example
 * ```ts
 * ResponsibilityMatrixSchema.safeParse({ technician: { level: 'post', duties: ['post-safety'] } }).success; // false
 * ```
 * @category safety
 * @see §9.1.1
 */
export const ResponsibilityMatrixSchema = z
  .partialRecord(RoleSchema, ResponsibilityEntrySchema)
  .check(
    z.refine((matrix) => SAFETY_DUTIES.every((duty) => assignedDuties(matrix).has(duty)), {
      message: 'every safety duty must be assigned to at least one role',
      params: { reason: 'duty_unassigned' },
    }),
    z.refine((matrix) => Object.values(matrix).some((entry) => entry?.level === 'principal'), {
      message: 'one role must be the principal (主要负责人)',
      params: { reason: 'principal_missing' },
    }),
  );

/**
 * The safety responsibility matrix (安全生产责任制): which role, at which
 * level, holds which safety duty.
 *
 * @example
 * ```ts
 * const matrix: ResponsibilityMatrix = defaultResponsibilityMatrix;
 * ```
 * @category safety
 * @see §9.1.1
 */
export type ResponsibilityMatrix = z.infer<typeof ResponsibilityMatrixSchema>;

const EVERYONE = ['incident-reporting', 'post-safety'] as const;

/**
 * The manual's responsibility matrix (§9.1.1, built on the posts of §2.2):
 * the service manager is the principal — overall responsibility, rules,
 * rewards and penalties, emergency command; the safety officer inspects,
 * verifies rectification, investigates incidents, keeps the emergency plans
 * and runs drills; workshop, warehouse and customer-service supervisors
 * answer for their sites (§2.2.3(1)(4), §2.2.4(1)(2), §2.2.5(3)) and rectify
 * hazards there; team leaders for their teams; every post reports incidents
 * and keeps its own work safe (§2.2.6(1)). Deeply frozen.
 *
 * @example
 * ```ts
 * defaultResponsibilityMatrix['safety-officer']?.duties.includes('hazard-verification'); // true
 * ```
 * @category safety
 * @see §9.1.1
 */
export const defaultResponsibilityMatrix: ResponsibilityMatrix = deepFreeze({
  'service-manager': {
    level: 'principal',
    duties: [
      'overall-responsibility',
      'safety-rules',
      'rewards-penalties',
      'emergency-command',
      ...EVERYONE,
    ],
  },
  'safety-officer': {
    level: 'department',
    duties: [
      'safety-rules',
      'safety-inspection',
      'hazard-verification',
      'incident-investigation',
      'emergency-planning',
      'emergency-drills',
      'safety-training',
      ...EVERYONE,
    ],
  },
  'workshop-supervisor': {
    level: 'department',
    duties: [
      'site-safety',
      'safety-inspection',
      'equipment-maintenance',
      'hazard-rectification',
      'operating-procedures',
      ...EVERYONE,
    ],
  },
  'warehouse-supervisor': {
    level: 'department',
    duties: ['site-safety', 'hazard-rectification', 'hazardous-materials', ...EVERYONE],
  },
  'cs-supervisor': {
    level: 'department',
    duties: ['site-safety', 'hazard-rectification', ...EVERYONE],
  },
  'team-leader': {
    level: 'team',
    duties: ['team-safety', 'operating-procedures', 'hazard-rectification', ...EVERYONE],
  },
  technician: { level: 'post', duties: ['operating-procedures', ...EVERYONE] },
  'qc-inspector': { level: 'post', duties: ['operating-procedures', ...EVERYONE] },
  'parts-clerk': {
    level: 'post',
    duties: ['operating-procedures', 'hazardous-materials', ...EVERYONE],
  },
  'service-advisor': { level: 'post', duties: [...EVERYONE] },
  'cs-agent': { level: 'post', duties: [...EVERYONE] },
  trainer: { level: 'post', duties: ['safety-training', ...EVERYONE] },
});

/**
 * Parses a dealer's responsibility matrix. Never throws. Errors:
 * `validation_failed` (reasons include `duty_unassigned`,
 * `principal_missing`, `duplicate`).
 *
 * @example
 * ```ts
 * parseResponsibilityMatrix({ 'service-manager': { level: 'principal', duties: [...SAFETY_DUTIES] } }).isOk(); // true
 * ```
 * @returns the matrix, or `validation_failed`
 * @category safety
 * @see §9.1.1
 */
export function parseResponsibilityMatrix(
  input: unknown,
): Result<ResponsibilityMatrix, ValidationError> {
  return parseWith(ResponsibilityMatrixSchema, input, '§9.1.1');
}

const levelRank = (level: SafetyLevel) => SAFETY_LEVELS.indexOf(level);

/**
 * Who is responsible for a duty: the roles holding it, highest level first,
 * then in the organisation chart's order.
 *
 * @example
 * ```ts
 * responsibleRoles('hazard-rectification');
 * // ['workshop-supervisor', 'warehouse-supervisor', 'cs-supervisor', 'team-leader']
 * ```
 * @category safety
 * @see §9.1.1
 */
export function responsibleRoles(
  duty: SafetyDuty,
  matrix: ResponsibilityMatrix = defaultResponsibilityMatrix,
): readonly Role[] {
  const holders = ROLES.filter((role) => matrix[role]?.duties.includes(duty) === true);
  return [...holders].sort(
    (a, b) => levelRank(matrix[a]?.level ?? 'post') - levelRank(matrix[b]?.level ?? 'post'),
  );
}

/**
 * The safety duties of a role (empty for a role the matrix leaves out).
 *
 * @example
 * ```ts
 * safetyDutiesOf('team-leader').includes('team-safety'); // true
 * ```
 * @category safety
 * @see §9.1.1
 */
export function safetyDutiesOf(
  role: Role,
  matrix: ResponsibilityMatrix = defaultResponsibilityMatrix,
): readonly SafetyDuty[] {
  return matrix[role]?.duties ?? [];
}

/**
 * One employee responsible for a duty, through a role at a level.
 *
 * @example
 * ```ts
 * const holder: ResponsibleEmployee = { employeeId, role: 'safety-officer', level: 'department' };
 * ```
 * @category safety
 * @see §9.1.1
 */
export interface ResponsibleEmployee {
  readonly employeeId: EmployeeId;
  readonly role: Role;
  readonly level: SafetyLevel;
}

/**
 * Answers "who is responsible for X" among actual employees: every
 * employee holding a role that holds the duty, highest level first (an
 * employee with two such roles appears once, at the higher level).
 *
 * @example
 * ```ts
 * findResponsibleEmployees('incident-investigation', staff)[0]?.employeeId; // the safety officer
 * ```
 * @category safety
 * @see §9.1.1
 */
export function findResponsibleEmployees(
  duty: SafetyDuty,
  employees: readonly { readonly id: EmployeeId; readonly roles: readonly Role[] }[],
  matrix: ResponsibilityMatrix = defaultResponsibilityMatrix,
): readonly ResponsibleEmployee[] {
  const roles = responsibleRoles(duty, matrix);
  const found: ResponsibleEmployee[] = [];
  for (const role of roles) {
    for (const employee of employees) {
      if (!employee.roles.includes(role) || found.some((f) => f.employeeId === employee.id)) {
        continue;
      }
      found.push({ employeeId: employee.id, role, level: matrix[role]?.level ?? 'post' });
    }
  }
  return found;
}
