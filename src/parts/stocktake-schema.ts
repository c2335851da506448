import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema, MoneySchema } from '../shared/index';
import { LocationIdSchema, PartIdSchema, StocktakeIdSchema } from './ids';
import { QuantitySchema, UnitSchema } from './quantity';
import { UnitCostSchema } from './schema';

/**
 * The statuses of a stocktake session: `counting` (snapshot frozen, counts
 * being recorded) → `submitted` (every line counted) → `approved` (by the
 * warehouse supervisor, needed when a variance exceeds the threshold) →
 * `posted` (adjustments posted); `cancelled` from any open status.
 *
 * @example
 * ```ts
 * STOCKTAKE_STATUSES.includes('approved'); // true
 * ```
 * @category parts
 * @see §6.2.3
 */
export const STOCKTAKE_STATUSES = Object.freeze([
  'counting',
  'submitted',
  'approved',
  'posted',
  'cancelled',
] as const);

/**
 * One line of a stocktake: a part at a location, the frozen snapshot
 * (`expected` on-hand and `unitCost` when the count opened), and once
 * counted the counted quantity, who counted it and when, the variance in
 * quantity (counted − expected) and value (rounded half-up to the cent),
 * and whether that value needs approval (its magnitude exceeds the session's
 * threshold).
 *
 * @example
 * ```ts
 * StocktakeLineSchema.parse(session.lines[0]).varianceQuantity; // '-1'
 * ```
 * @category parts
 * @see §6.2.3
 */
export const StocktakeLineSchema = z.object({
  partId: PartIdSchema,
  locationId: LocationIdSchema,
  unit: UnitSchema,
  expected: QuantitySchema,
  unitCost: UnitCostSchema,
  counted: z.nullable(QuantitySchema),
  countedBy: z.nullable(EmployeeIdSchema),
  countedAt: z.nullable(InstantSchema),
  varianceQuantity: z.nullable(QuantitySchema),
  varianceValue: z.nullable(MoneySchema),
  needsApproval: z.boolean(),
});

/**
 * A parsed {@link StocktakeLineSchema}.
 *
 * @example
 * ```ts
 * const uncounted = session.lines.filter((line: StocktakeLine) => line.counted === null);
 * ```
 * @category parts
 * @see §6.2.3
 */
export type StocktakeLine = z.infer<typeof StocktakeLineSchema>;

/** A full count of a large dealer stays far below this; the bound keeps hostile input out. */
const MAX_LINES = 200_000;

/**
 * A stocktake session (盘点单): a full count or a cycle count of the parts
 * in chosen ABC classes, its frozen lines, the approval threshold in force
 * when it opened, and who opened, approved and posted it.
 *
 * @example
 * ```ts
 * StocktakeSchema.safeParse(JSON.parse(row)).success; // true for a stored session
 * ```
 * @category parts
 * @see §6.2.3
 */
export const StocktakeSchema = z.object({
  ...entityBaseShape,
  id: StocktakeIdSchema,
  status: z.enum(STOCKTAKE_STATUSES),
  kind: z.enum(['full', 'cycle']),
  abcClasses: z.array(z.enum(['A', 'B', 'C'])).check(z.maxLength(3)),
  frozenAt: InstantSchema,
  openedBy: EmployeeIdSchema,
  approvalThreshold: MoneySchema,
  lines: z.array(StocktakeLineSchema).check(z.maxLength(MAX_LINES)),
  approvedBy: z.nullable(EmployeeIdSchema),
  approvedAt: z.nullable(InstantSchema),
  postedBy: z.nullable(EmployeeIdSchema),
  postedAt: z.nullable(InstantSchema),
  cancelReason: z.nullable(z.string().check(z.maxLength(500))),
});

/**
 * A parsed {@link StocktakeSchema}.
 *
 * @example
 * ```ts
 * const session: Stocktake = openStocktake(input, ledger)._unsafeUnwrap().state;
 * ```
 * @category parts
 * @see §6.2.3
 */
export type Stocktake = z.infer<typeof StocktakeSchema>;
