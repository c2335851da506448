import * as z from 'zod/mini';

/**
 * The five departments of §2.1.1–§2.1.5. Safety officers and trainers have
 * roles but no department of their own in the manual: a dealer places them
 * in whichever department employs them (usually service management).
 *
 * @example
 * ```ts
 * DEPARTMENT_KINDS.length; // 5
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const DEPARTMENT_KINDS = [
  'service-management',
  'reception',
  'workshop',
  'warehouse',
  'customer-service',
] as const;

/**
 * Schema of a {@link DepartmentKind}.
 *
 * @example
 * ```ts
 * DepartmentKindSchema.safeParse('workshop').success; // true
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export const DepartmentKindSchema = z.enum(DEPARTMENT_KINDS);

/**
 * Which of the manual's departments a {@link Department} is.
 *
 * @example
 * ```ts
 * const kind: DepartmentKind = 'customer-service';
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;

/**
 * Kinds of workshop team: §2.1.3 names mechanical groups one and two (机修一组、
 * 二组) and the body-shop group (钣金组); paint and electrical teams are the
 * usual others, and `other` covers the rest (tyres, quick service…).
 *
 * @example
 * ```ts
 * TEAM_KINDS.includes('body'); // true
 * ```
 * @category org
 * @see §2.1.3
 */
export const TEAM_KINDS = ['mechanical', 'body', 'paint', 'electrical', 'other'] as const;

/**
 * Schema of a {@link TeamKind}.
 *
 * @example
 * ```ts
 * TeamKindSchema.safeParse('paint').success; // true
 * ```
 * @category org
 * @see §2.1.3
 */
export const TeamKindSchema = z.enum(TEAM_KINDS);

/**
 * The trade of a {@link Team}.
 *
 * @example
 * ```ts
 * const kind: TeamKind = 'mechanical';
 * ```
 * @category org
 * @see §2.1.3
 */
export type TeamKind = z.infer<typeof TeamKindSchema>;
