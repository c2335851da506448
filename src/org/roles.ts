import * as z from 'zod/mini';

/**
 * Every after-sales role, in the order of the manual's organisation chart
 * (§2.1, §2.2) followed by the roles that chapters 3, 6, 7, 8 and 9 name.
 *
 * @example
 * ```ts
 * ROLES.includes('qc-inspector'); // true
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const ROLES = [
  'service-manager',
  'service-advisor',
  'workshop-supervisor',
  'team-leader',
  'technician',
  'qc-inspector',
  'warehouse-supervisor',
  'parts-clerk',
  'cs-supervisor',
  'cs-agent',
  'safety-officer',
  'trainer',
] as const;

/**
 * Schema of a {@link Role}.
 *
 * @example
 * ```ts
 * RoleSchema.safeParse('service-advisor').success; // true
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const RoleSchema = z.enum(ROLES);

/**
 * An after-sales role (岗位): service manager, service advisor (reception),
 * workshop supervisor, team leader, technician, QC inspector, warehouse
 * supervisor, parts clerk, customer-service supervisor and agent, safety
 * officer, trainer. {@link roleLabel} gives the zh-CN / en names.
 *
 * @example
 * ```ts
 * const role: Role = 'workshop-supervisor';
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export type Role = z.infer<typeof RoleSchema>;
