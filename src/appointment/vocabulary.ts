import * as z from 'zod/mini';

/**
 * The days of the week, Monday first (ISO order), as keys of weekly tables.
 *
 * @example
 * ```ts
 * WEEKDAYS[0]; // 'monday'
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * A day of the week, a key of a weekly table.
 *
 * @example
 * ```ts
 * const day: Weekday = 'saturday';
 * ```
 * @category appointment
 */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Kinds of workshop bay (工位): express service (快修), mechanical (机修),
 * body (钣金), paint (喷漆) and EV high-voltage (新能源).
 *
 * @example
 * ```ts
 * BAY_TYPES.includes('ev'); // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const BAY_TYPES = ['express', 'mechanical', 'body', 'paint', 'ev'] as const;

/**
 * Schema of a {@link BayType}.
 *
 * @example
 * ```ts
 * BayTypeSchema.safeParse('paint').success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const BayTypeSchema = z.enum(BAY_TYPES);

/**
 * A kind of workshop bay, see {@link BAY_TYPES}.
 *
 * @example
 * ```ts
 * const type: BayType = 'mechanical';
 * ```
 * @category appointment
 */
export type BayType = z.infer<typeof BayTypeSchema>;

/**
 * A skill (技能) a technician holds and a service requires, kebab-case
 * (`engine`, `ev-high-voltage`, `sheet-metal`).
 *
 * @example
 * ```ts
 * SkillSchema.safeParse('ev-high-voltage').success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const SkillSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
