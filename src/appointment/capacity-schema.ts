import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  type Id,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { ShiftSchema, TimeWindowSchema, weekly } from './hours-schema';
import { ServiceDefinitionSchema } from './service-schema';
import { BayTypeSchema, SkillSchema } from './vocabulary';

/** Bounds against hostile input; real workshops are far smaller. */
const MAX_BAYS = 500;
const MAX_PEOPLE = 1000;
const MAX_SERVICES = 2000;
const MAX_CLOSURES = 1000;
const MAX_DATES = 366;
const MAX_SKILLS = 50;
const MAX_NAME_LENGTH = 100;

/**
 * Identifier of a workshop bay.
 *
 * @example
 * ```ts
 * const id: BayId = BayIdSchema.parse('bay_m1');
 * ```
 * @category appointment
 */
export type BayId = Id<'Bay'>;

/**
 * Schema of a {@link BayId}.
 *
 * @example
 * ```ts
 * BayIdSchema.safeParse('bay_m1').success; // true
 * ```
 * @category appointment
 */
export const BayIdSchema = idSchema<'Bay'>();

const NameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH));
const DatesSchema = z.array(CalendarDateSchema).check(z.maxLength(MAX_DATES));

/**
 * Schema of a {@link Bay}.
 *
 * @example
 * ```ts
 * BaySchema.safeParse({ id: 'bay_e1', type: 'ev' }).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const BaySchema = z.object({
  id: BayIdSchema,
  type: BayTypeSchema,
  name: z.optional(NameSchema),
  /** Dates the bay is out of service (maintenance, calibration). */
  outOfService: z.optional(DatesSchema),
});

/**
 * A workshop bay (工位) of one {@link BayType}.
 *
 * @example
 * ```ts
 * const bay: Bay = BaySchema.parse({ id: 'bay_m1', type: 'mechanical' });
 * ```
 * @category appointment
 */
export type Bay = z.infer<typeof BaySchema>;

/**
 * Schema of a {@link Technician}.
 *
 * @example
 * ```ts
 * TechnicianSchema.safeParse({
 *   id: 'emp_t1', skills: ['engine'], shifts: { monday: { start: '08:30', end: '17:30' } },
 * }).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const TechnicianSchema = z.object({
  id: EmployeeIdSchema,
  skills: z.array(SkillSchema).check(z.minLength(1), z.maxLength(MAX_SKILLS)),
  shifts: weekly(ShiftSchema),
  /** Dates off (leave, training). */
  absences: z.optional(DatesSchema),
});

/**
 * A technician (维修技师) with skills and weekly shifts.
 *
 * @example
 * ```ts
 * const technician: Technician = TechnicianSchema.parse(input);
 * ```
 * @category appointment
 */
export type Technician = z.infer<typeof TechnicianSchema>;

/**
 * Schema of an {@link Advisor}.
 *
 * @example
 * ```ts
 * AdvisorSchema.safeParse({
 *   id: 'emp_a1', maxArrivalsPerSlot: 2, shifts: { monday: { start: '08:30', end: '17:00' } },
 * }).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const AdvisorSchema = z.object({
  id: EmployeeIdSchema,
  /** Vehicles this advisor can receive per reception slot. */
  maxArrivalsPerSlot: z.int().check(z.gte(1), z.lte(50)),
  /** Reception hours per weekday; arrivals are booked inside them. */
  shifts: weekly(TimeWindowSchema),
  absences: z.optional(DatesSchema),
});

/**
 * A service advisor (服务顾问) who receives arriving vehicles: at most
 * `maxArrivalsPerSlot` arrivals in each reception slot of their shift.
 *
 * @example
 * ```ts
 * const advisor: Advisor = AdvisorSchema.parse(input);
 * ```
 * @category appointment
 */
export type Advisor = z.infer<typeof AdvisorSchema>;

/**
 * Schema of a {@link Closure}.
 *
 * @example
 * ```ts
 * ClosureSchema.safeParse({ date: '2026-10-01', kind: 'public-holiday', name: '国庆节' }).success; // true
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const ClosureSchema = z.object({
  date: CalendarDateSchema,
  kind: z.enum(['public-holiday', 'closure']),
  name: z.optional(NameSchema),
});

/**
 * A date the workshop does not take appointments: a public holiday (法定节假日)
 * or another closure.
 *
 * @example
 * ```ts
 * const closure: Closure = ClosureSchema.parse({ date: '2027-02-06', kind: 'public-holiday' });
 * ```
 * @category appointment
 */
export type Closure = z.infer<typeof ClosureSchema>;

function uniqueBy<T>(key: (item: T) => string) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, {
    message: 'must not repeat an id',
    params: { reason: 'duplicate_id' },
  });
}

/**
 * Schema of a {@link WorkshopCapacity}: every id and service code unique
 * (reason `duplicate_id`), reception slots 5–120 minutes (default 15).
 *
 * @example
 * ```ts
 * parseWith(WorkshopCapacitySchema, input, '§3.1(2)');
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export const WorkshopCapacitySchema = z.object({
  openingHours: weekly(TimeWindowSchema),
  closures: z._default(z.array(ClosureSchema).check(z.maxLength(MAX_CLOSURES)), []),
  receptionSlotMinutes: z._default(z.int().check(z.gte(5), z.lte(120)), 15),
  bays: z.array(BaySchema).check(
    z.maxLength(MAX_BAYS),
    uniqueBy((bay) => bay.id),
  ),
  technicians: z.array(TechnicianSchema).check(
    z.maxLength(MAX_PEOPLE),
    uniqueBy((t) => t.id),
  ),
  advisors: z.array(AdvisorSchema).check(
    z.maxLength(MAX_PEOPLE),
    uniqueBy((a) => a.id),
  ),
  services: z.array(ServiceDefinitionSchema).check(
    z.maxLength(MAX_SERVICES),
    uniqueBy((s) => s.code),
  ),
});

/**
 * The workshop's capacity (产能): opening hours per weekday, closures and
 * public holidays, bays by type, technicians with skills and shifts, service
 * advisors with reception slots, and the service catalogue.
 *
 * @example
 * ```ts
 * const capacity: WorkshopCapacity = parseWorkshopCapacity(json)._unsafeUnwrap();
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export type WorkshopCapacity = z.infer<typeof WorkshopCapacitySchema>;

/**
 * Parses a workshop capacity at the boundary. Never throws.
 *
 * Errors: `validation_failed` (clause `§3.1(2)`), reasons include
 * `window_order`, `breaks_outside_shift`, `duplicate_id`.
 *
 * @example
 * ```ts
 * parseWorkshopCapacity({ openingHours: {}, bays: [], technicians: [], advisors: [], services: [] })
 *   ._unsafeUnwrap().receptionSlotMinutes; // 15
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export function parseWorkshopCapacity(input: unknown): Result<WorkshopCapacity, ValidationError> {
  return parseWith(WorkshopCapacitySchema, input, '§3.1(2)');
}
