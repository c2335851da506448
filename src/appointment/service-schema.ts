import * as z from 'zod/mini';
import { ServiceItemKindSchema } from '../shared/index';
import { BayTypeSchema, SkillSchema } from './vocabulary';

/**
 * Schema of a {@link ServiceCode}: a labour operation code (工时代码) of 1–32
 * letters, digits and `_ . -`, starting with a letter or digit.
 *
 * @example
 * ```ts
 * ServiceCodeSchema.safeParse('MAINT-10K').success; // true
 * ```
 * @category appointment
 * @see §3.1(1)
 */
export const ServiceCodeSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(32), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/));

/**
 * A bookable service's labour operation code, the key of the service catalogue.
 *
 * @example
 * ```ts
 * const code: ServiceCode = 'BRAKE-PADS-F';
 * ```
 * @category appointment
 */
export type ServiceCode = z.infer<typeof ServiceCodeSchema>;

/**
 * Schema of a part quantity: a positive decimal string with at most three
 * decimals (`"1"`, `"4.5"` litres), exact where a `number` would not be.
 *
 * @example
 * ```ts
 * PartQuantitySchema.safeParse('4.5').success; // true
 * PartQuantitySchema.safeParse('0').success; // false
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const PartQuantitySchema = z
  .string()
  .check(z.maxLength(10), z.regex(/^(?:0\.(?!0{1,3}$)\d{1,3}|[1-9]\d{0,5}(?:\.\d{1,3})?)$/));

/**
 * Schema of a {@link PartRequirement}.
 *
 * @example
 * ```ts
 * PartRequirementSchema.safeParse({ partNumber: '15400-RTA-003', quantity: '1' }).success; // true
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const PartRequirementSchema = z.object({
  /** The part number as the parts catalogue and the price list write it. */
  partNumber: z
    .string()
    .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/)),
  quantity: PartQuantitySchema,
});

/**
 * A part a service normally consumes, to be reserved before the customer arrives.
 *
 * @example
 * ```ts
 * const oilFilter: PartRequirement = { partNumber: '15400-RTA-003', quantity: '1' };
 * ```
 * @category appointment
 */
export type PartRequirement = z.infer<typeof PartRequirementSchema>;

/**
 * Schema of a {@link ServiceDefinition}: duration 5 minutes to 24 hours.
 *
 * @example
 * ```ts
 * ServiceDefinitionSchema.safeParse({
 *   code: 'MAINT-10K', name: '10,000 km service', durationMinutes: 90,
 *   bayType: 'express', skill: 'maintenance', kind: 'maintenance',
 * }).success; // true
 * ```
 * @category appointment
 * @see §1.2(1)
 * @see §3.1(2)
 */
export const ServiceDefinitionSchema = z.object({
  code: ServiceCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Estimated workshop time in minutes (预计工时). */
  durationMinutes: z.int().check(z.gte(5), z.lte(1440)),
  bayType: BayTypeSchema,
  skill: SkillSchema,
  /** Parts to reserve for this service (备件准备). */
  parts: z.optional(z.array(PartRequirementSchema).check(z.maxLength(50))),
  /** What kind of service item this is (§1.2(1)), for grouping on booking screens and reports. */
  kind: z.optional(ServiceItemKindSchema),
});

/**
 * One entry of the service catalogue (服务项目目录): a bookable service with
 * its estimated duration, required bay type and required skill.
 *
 * @example
 * ```ts
 * const brakePads: ServiceDefinition = {
 *   code: 'BRAKE-PADS-F', name: 'Front brake pads', durationMinutes: 60,
 *   bayType: 'mechanical', skill: 'brakes',
 * };
 * ```
 * @category appointment
 */
export type ServiceDefinition = z.infer<typeof ServiceDefinitionSchema>;
