import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { CorrectiveActionSchema } from './corrective-action';
import { SafetyAreaSchema } from './hazard-schema';
import { HazardIdSchema, IncidentIdSchema } from './ids';
import { boundedText, MAX_TEXT, uniqueBy } from './text';

/**
 * Severity classes of an incident, lowest first: a near miss (未遂事件), a
 * minor incident (轻微事故, first aid only), then the four grades of
 * 《生产安全事故报告和调查处理条例》: ordinary (一般事故), relatively serious
 * (较大事故), serious (重大事故) and especially serious (特别重大事故).
 *
 * @example
 * ```ts
 * INCIDENT_SEVERITIES[0]; // 'near-miss'
 * ```
 * @category safety
 * @see §9.3.1
 */
export const INCIDENT_SEVERITIES = [
  'near-miss',
  'minor',
  'ordinary',
  'relatively-serious',
  'serious',
  'especially-serious',
] as const;

/**
 * Schema of an {@link IncidentSeverity}.
 *
 * @example
 * ```ts
 * IncidentSeveritySchema.safeParse('ordinary').success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentSeveritySchema = z.enum(INCIDENT_SEVERITIES);

/**
 * One of {@link INCIDENT_SEVERITIES}.
 *
 * @example
 * ```ts
 * const severity: IncidentSeverity = 'minor';
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentSeverity = z.infer<typeof IncidentSeveritySchema>;

/**
 * Root-cause categories found by an investigation: an unsafe act (不安全行为),
 * an unsafe condition (不安全状态), equipment failure, a management gap
 * (管理缺陷), an external cause, other.
 *
 * @example
 * ```ts
 * ROOT_CAUSE_CATEGORIES.includes('management'); // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const ROOT_CAUSE_CATEGORIES = [
  'unsafe-act',
  'unsafe-condition',
  'equipment-failure',
  'management',
  'external',
  'other',
] as const;

/**
 * Schema of a {@link RootCauseCategory}.
 *
 * @example
 * ```ts
 * RootCauseCategorySchema.safeParse('unsafe-act').success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const RootCauseCategorySchema = z.enum(ROOT_CAUSE_CATEGORIES);

/**
 * One of {@link ROOT_CAUSE_CATEGORIES}.
 *
 * @example
 * ```ts
 * const cause: RootCauseCategory = 'equipment-failure';
 * ```
 * @category safety
 * @see §9.3.1
 */
export type RootCauseCategory = z.infer<typeof RootCauseCategorySchema>;

/**
 * The incident lifecycle (§9.3.1): `reported` → `investigating` →
 * `actions` (corrective actions under way) → `closed`.
 *
 * @example
 * ```ts
 * INCIDENT_STATUSES; // ['reported', 'investigating', 'actions', 'closed']
 * ```
 * @category safety
 * @see §9.3.1
 */
export const INCIDENT_STATUSES = ['reported', 'investigating', 'actions', 'closed'] as const;

/**
 * Schema of an {@link IncidentStatus}.
 *
 * @example
 * ```ts
 * IncidentStatusSchema.safeParse('actions').success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);

/**
 * One of {@link INCIDENT_STATUSES}.
 *
 * @example
 * ```ts
 * const status: IncidentStatus = 'investigating';
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/**
 * Schema of an incident (事故, §9.3.1): when and where it happened, what
 * happened, its severity and number of people injured, the related hazard
 * if one was known, who reported it, the investigator, the root cause and
 * its category, corrective actions, and the instants of each step.
 *
 * @example
 * ```ts
 * parseIncident(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentSchema = z.object({
  ...entityBaseShape,
  id: IncidentIdSchema,
  occurredAt: InstantSchema,
  area: SafetyAreaSchema,
  /** What happened; may name people, so it is never copied into events. */
  description: boundedText(MAX_TEXT),
  severity: IncidentSeveritySchema,
  injuredCount: z.int().check(z.gte(0), z.lte(10_000)),
  hazardId: z.nullable(HazardIdSchema),
  status: IncidentStatusSchema,
  reportedAt: InstantSchema,
  reportedBy: EmployeeIdSchema,
  investigatorId: z.nullable(EmployeeIdSchema),
  investigationStartedAt: z.nullable(InstantSchema),
  rootCause: z.nullable(boundedText(MAX_TEXT)),
  rootCauseCategory: z.nullable(RootCauseCategorySchema),
  correctiveActions: z.array(CorrectiveActionSchema).check(
    z.maxLength(100),
    uniqueBy((a) => a.id),
  ),
  actionsStartedAt: z.nullable(InstantSchema),
  closedAt: z.nullable(InstantSchema),
  closedBy: z.nullable(EmployeeIdSchema),
});

/**
 * An incident.
 *
 * @example
 * ```ts
 * const open: readonly Incident[] = incidents.filter((i) => i.status !== 'closed');
 * ```
 * @category safety
 * @see §9.3.1
 */
export type Incident = z.infer<typeof IncidentSchema>;

/**
 * Schema of what reports an incident: when it happened (not after the
 * report), where, what, severity, injured count and the related hazard.
 *
 * @example
 * ```ts
 * IncidentInputSchema.safeParse({ occurredAt, area: 'workshop', description: '技师手部划伤', severity: 'minor', injuredCount: 1 }).success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentInputSchema = z.strictObject({
  occurredAt: InstantSchema,
  area: SafetyAreaSchema,
  description: boundedText(MAX_TEXT),
  severity: IncidentSeveritySchema,
  injuredCount: z._default(z.int().check(z.gte(0), z.lte(10_000)), 0),
  hazardId: z._default(z.nullable(HazardIdSchema), null),
});

/**
 * Input that reports an incident (before parsing).
 *
 * @example
 * ```ts
 * const input: IncidentInput = { occurredAt, area: 'yard', description: '试车时轻微剐蹭', severity: 'near-miss' };
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentInput = z.input<typeof IncidentInputSchema>;
