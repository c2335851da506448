import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import { InstantSchema } from '../shared/index';
import { PositiveQuantitySchema } from './quantity';
import { WasteHandlerSchema } from './waste-handler';
import { DisposalRouteSchema, ManifestNumberSchema } from './waste-lot-schema';

const base = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of the commands of a waste lot (§10.3(5)):
 * - `store`: the lot enters the waste store (入库) at `location`;
 * - `transfer`: the lot leaves with `handler` (the loaded
 *   {@link WasteHandler}) for a disposal `route` (§10.3(2)–(4)), with the
 *   transfer manifest number (转移联单) that hazardous waste needs (REG-6)
 *   and the weight weighed at handover (`weightKg`, kg; the lot's recorded
 *   weight when absent).
 *
 * @example
 * ```ts
 * WasteLotCommandSchema.safeParse({ type: 'store', at, actor, location: '危废暂存间 A' }).success; // true
 * ```
 * @category environment
 * @see §10.3(5)
 * @see REG-6
 */
export const WasteLotCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('store'),
    ...base,
    location: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  z.strictObject({
    type: z.literal('transfer'),
    ...base,
    handler: WasteHandlerSchema,
    route: DisposalRouteSchema,
    weightKg: z.optional(PositiveQuantitySchema),
    manifestNumber: z.optional(z.nullable(ManifestNumberSchema)),
  }),
]);

/**
 * A command to a waste lot (before parsing); see {@link WasteLotCommandSchema}.
 *
 * @example
 * ```ts
 * const command: WasteLotCommand = { type: 'transfer', at, actor, handler, route: 'recycle', manifestNumber: 'M-2026-001' };
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLotCommand = z.input<typeof WasteLotCommandSchema>;
