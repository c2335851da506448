import * as z from 'zod/mini';
import { ActorSchema } from '../../org/index';
import { InstantSchema } from '../../shared/index';

const base = { at: InstantSchema, actor: ActorSchema };
const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(500));

/**
 * Schema of the commands of a sales order's review lifecycle:
 * `submit` (for review), `confirm` (with an optional credit `override`
 * reason), `reject` and `cancel` (with a reason), and `close` (a reason is
 * needed to short-close a partially shipped order). Shipping is
 * `shipSalesOrder`.
 *
 * @example
 * ```ts
 * SalesOrderCommandSchema.parse({ type: 'confirm', at, actor, override: { reason: '老客户，月底结清' } });
 * ```
 * @category parts
 * @see §6.3.3
 */
export const SalesOrderCommandSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('submit') }),
  z.object({
    ...base,
    type: z.literal('confirm'),
    override: z.optional(z.object({ reason: ReasonSchema })),
  }),
  z.object({ ...base, type: z.literal('reject'), reason: ReasonSchema }),
  z.object({ ...base, type: z.literal('cancel'), reason: ReasonSchema }),
  z.object({ ...base, type: z.literal('close'), reason: z.optional(ReasonSchema) }),
]);

/**
 * A sales order command as a caller writes it.
 *
 * @example
 * ```ts
 * const command: SalesOrderCommand = { type: 'submit', at, actor: clerk };
 * ```
 * @category parts
 * @see §6.3.3
 */
export type SalesOrderCommand = z.input<typeof SalesOrderCommandSchema>;
