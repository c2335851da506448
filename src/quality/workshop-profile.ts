import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  entityBaseShape,
  idSchema,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';

/**
 * Schema of a dealer code: 2–16 upper-case letters or digits, the prefix of
 * completion-certificate numbers (`SH4S01-2026-000042`).
 *
 * @example
 * ```ts
 * DealerCodeSchema.safeParse('SH4S01').success; // true
 * DealerCodeSchema.safeParse('sh-01').success; // false
 * ```
 * @category quality
 * @see §4.1(4)
 */
export const DealerCodeSchema = z.string().check(z.maxLength(16), z.regex(/^[A-Z0-9]{2,16}$/));

/**
 * The GB/T 16739 licence categories (经营类别) of a maintenance business:
 * `class-1` (一类汽车维修企业, all repair categories including overhauls),
 * `class-2` (二类汽车维修企业, maintenance and minor repair), `class-3`
 * (三类汽车维修业户, a single speciality such as tyres or electrics).
 *
 * @example
 * ```ts
 * LicenceCategorySchema.safeParse('class-1').success; // true
 * ```
 * @category quality
 * @see §4.1(1)
 */
export const LicenceCategorySchema = z.enum(['class-1', 'class-2', 'class-3']);

/**
 * A parsed {@link LicenceCategorySchema}.
 *
 * @example
 * ```ts
 * const category: LicenceCategory = 'class-2';
 * ```
 * @category quality
 * @see §4.1(1)
 */
export type LicenceCategory = z.infer<typeof LicenceCategorySchema>;

/**
 * The workshop profile (维修企业档案): the dealer code that numbers its
 * certificates, its name, the GB/T 16739 licence category it holds, the
 * licence number and expiry when known, and its time zone. The licence
 * category is recorded, not enforced (§4.1(1)).
 *
 * @example
 * ```ts
 * const workshop = parseWorkshopProfile(row)._unsafeUnwrap();
 * workshop.licenceCategory; // 'class-1'
 * ```
 * @category quality
 * @see §4.1(1)
 */
export const WorkshopProfileSchema = z.object({
  ...entityBaseShape,
  id: idSchema<'Workshop'>(),
  dealerCode: DealerCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  licenceCategory: LicenceCategorySchema,
  licenceNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  licenceValidUntil: z.optional(CalendarDateSchema),
  timeZone: TimeZoneSchema,
});

/**
 * A parsed {@link WorkshopProfileSchema}.
 *
 * @example
 * ```ts
 * function certificatePrefix(workshop: WorkshopProfile): string { return workshop.dealerCode; }
 * ```
 * @category quality
 * @see §4.1(1)
 */
export type WorkshopProfile = z.infer<typeof WorkshopProfileSchema>;

/**
 * Parses a workshop profile. Never throws. Errors: `validation_failed`
 * (clause §4.1(1)), e.g. an unknown licence category.
 *
 * @example
 * ```ts
 * parseWorkshopProfile({ licenceCategory: 'class-9' }).isErr(); // true
 * ```
 * @category quality
 * @see §4.1(1)
 */
export function parseWorkshopProfile(input: unknown): Result<WorkshopProfile, ValidationError> {
  return parseWith(WorkshopProfileSchema, input, '§4.1(1)');
}
