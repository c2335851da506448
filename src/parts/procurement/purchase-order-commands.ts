import * as z from 'zod/mini';
import { ActorSchema } from '../../org/index';
import { InstantSchema } from '../../shared/index';
import { QuantitySchema, toQuantityDecimal } from '../quantity';
import { GoodsReceiptIdSchema } from './ids';

const when = { at: InstantSchema, actor: ActorSchema };
const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(500));
const NonNegativeQuantitySchema = QuantitySchema.check(
  z.refine((quantity: string) => !toQuantityDecimal(quantity as never).isNeg(), {
    message: 'must be zero or more',
    params: { reason: 'negative_quantity' },
  }),
);

/**
 * Schema of one received line: accepted and rejected quantities (zero or
 * more, not both zero: reason `nothing_received`).
 *
 * @example
 * ```ts
 * ReceivedLineSchema.parse({ lineNo: 1, accepted: '18', rejected: '2' });
 * ```
 * @category parts
 * @see §6.1.5
 */
export const ReceivedLineSchema = z
  .object({
    lineNo: z.int().check(z.gte(1), z.lte(9999)),
    accepted: NonNegativeQuantitySchema,
    rejected: NonNegativeQuantitySchema,
  })
  .check(
    z.refine((line) => line.accepted !== '0' || line.rejected !== '0', {
      message: 'a received line accepts or rejects something',
      params: { reason: 'nothing_received' },
    }),
  );

/**
 * Schema of a purchase-order command, discriminated by `type`: `approve`,
 * `send`, `receive` (a goods receipt's quantities; usually issued by
 * `recordGoodsReceipt`), `cancel` (with a reason) and `close` (a reason is
 * required to close an order that is only partially received).
 *
 * @example
 * ```ts
 * PurchaseOrderCommandSchema.parse({ type: 'send', at, actor });
 * ```
 * @category parts
 * @see §6.1.4
 */
export const PurchaseOrderCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('approve'), ...when }),
  z.object({ type: z.literal('send'), ...when }),
  z.object({
    type: z.literal('receive'),
    goodsReceiptId: GoodsReceiptIdSchema,
    lines: z.array(ReceivedLineSchema).check(
      z.minLength(1),
      z.maxLength(9999),
      z.refine((lines) => new Set(lines.map((l) => l.lineNo)).size === lines.length, {
        message: 'each order line appears once',
        params: { reason: 'duplicate_line' },
      }),
    ),
    ...when,
  }),
  z.object({ type: z.literal('cancel'), reason: ReasonSchema, ...when }),
  z.object({ type: z.literal('close'), reason: z.optional(ReasonSchema), ...when }),
]);

/**
 * A purchase-order command as a caller writes it.
 *
 * @example
 * ```ts
 * const command: PurchaseOrderCommand = { type: 'cancel', reason: '供应商停产', at, actor: supervisor };
 * ```
 * @category parts
 * @see §6.1.4
 */
export type PurchaseOrderCommand = z.input<typeof PurchaseOrderCommandSchema>;

/**
 * A parsed {@link PurchaseOrderCommand}.
 *
 * @example
 * ```ts
 * const parsed: ParsedPurchaseOrderCommand = PurchaseOrderCommandSchema.parse(command);
 * ```
 * @category parts
 * @see §6.1.4
 */
export type ParsedPurchaseOrderCommand = z.infer<typeof PurchaseOrderCommandSchema>;
