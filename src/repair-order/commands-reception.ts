import * as z from 'zod/mini';
import { QuoteSchema } from '../pricing/index';
import { InstantSchema } from '../shared/index';
import { commandBase } from './command-base';
import { CUSTODY_DOCUMENTS } from './custody-schema';
import {
  ACKNOWLEDGEMENT_METHODS,
  ConcernSchema,
  ConfirmedItemSchema,
  WalkAroundSchema,
} from './reception-schema';
import { RepairOrderSchema } from './schema';
import { CodeSchema, KilometresSchema, uniqueItems } from './values';

/**
 * Command schemas of the reception steps (§3.2). Internal: the public
 * surface is the union in `commands.ts`.
 */
export const receptionCommandSchemas = [
  /** Edit the form until the customer acknowledges it (§3.2(4)). */
  z.object({
    ...commandBase,
    type: z.literal('update-reception'),
    concerns: z.optional(z.array(ConcernSchema).check(z.minLength(1), z.maxLength(20))),
    walkAround: z.optional(WalkAroundSchema),
    confirmedItems: z.optional(z.array(ConfirmedItemSchema).check(z.maxLength(50))),
    lastRecordedOdometerKm: z.optional(z.nullable(KilometresSchema)),
  }),
  /** Attach the estimate from `pricing.quote` and the promised time (§3.2(3)). */
  z.object({
    ...commandBase,
    type: z.literal('attach-estimate'),
    estimate: QuoteSchema,
    promisedAt: InstantSchema,
  }),
  /** The customer acknowledges the form, which freezes it (§3.2(4)). */
  z.object({
    ...commandBase,
    type: z.literal('acknowledge-reception'),
    method: z.enum(ACKNOWLEDGEMENT_METHODS),
  }),
  /** Keys and documents received (§3.2(5)). */
  z.object({
    ...commandBase,
    type: z.literal('record-custody'),
    keys: z.int().check(z.gte(0), z.lte(10)),
    documents: z.array(z.enum(CUSTODY_DOCUMENTS)).check(z.maxLength(5), uniqueItems()),
  }),
  /**
   * Link this order to an earlier delivered order of the same vehicle as a
   * comeback (§4.3(7)): the earlier order as loaded, and the concern code
   * that repeats; the guarantee period (REG-1) is checked.
   */
  z.object({
    ...commandBase,
    type: z.literal('link-comeback'),
    original: RepairOrderSchema,
    concernCode: CodeSchema,
  }),
] as const;
