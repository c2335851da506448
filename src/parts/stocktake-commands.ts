import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import { InstantSchema } from '../shared/index';
import { LocationIdSchema, PartIdSchema } from './ids';
import { QuantitySchema, toQuantityDecimal } from './quantity';

const when = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of a command to a stocktake session, discriminated by `type`:
 * `record-count` (a counted quantity, zero or more, for one line; counting
 * again replaces the count), `submit`, `approve`, `post` and `cancel` (with
 * a reason). Every command carries `at` and `actor`.
 *
 * @example
 * ```ts
 * StocktakeCommandSchema.parse({ type: 'record-count', partId: 'part_1', locationId: 'wh-main', counted: '11', at, actor });
 * ```
 * @category parts
 * @see §6.2.3
 */
export const StocktakeCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('record-count'),
    partId: PartIdSchema,
    locationId: LocationIdSchema,
    counted: QuantitySchema.check(
      z.refine((quantity: string) => !toQuantityDecimal(quantity as never).isNeg(), {
        message: 'a counted quantity is zero or more',
        params: { reason: 'negative_count' },
      }),
    ),
    ...when,
  }),
  z.object({ type: z.literal('submit'), ...when }),
  z.object({ type: z.literal('approve'), ...when }),
  z.object({ type: z.literal('post'), ...when }),
  z.object({
    type: z.literal('cancel'),
    reason: z.string().check(z.minLength(1), z.maxLength(500)),
    ...when,
  }),
]);

/**
 * A stocktake command as a caller writes it.
 *
 * @example
 * ```ts
 * const submit: StocktakeCommand = { type: 'submit', at, actor: clerk };
 * ```
 * @category parts
 * @see §6.2.3
 */
export type StocktakeCommand = z.input<typeof StocktakeCommandSchema>;

/**
 * A parsed {@link StocktakeCommand}.
 *
 * @example
 * ```ts
 * const command: ParsedStocktakeCommand = StocktakeCommandSchema.parse(input);
 * ```
 * @category parts
 * @see §6.2.3
 */
export type ParsedStocktakeCommand = z.infer<typeof StocktakeCommandSchema>;
