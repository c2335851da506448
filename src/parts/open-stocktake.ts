import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema, authorize, type CapabilityMap } from '../org/index';
import { InstantSchema, parseWith } from '../shared/index';
import type { AbcClass, AbcEntry } from './abc';
import { defaultPartsConfig, type PartsConfig } from './config';
import { type PartsError, partsError } from './errors';
import { type PartsEvent, partsEvent } from './events';
import { LocationIdSchema, StocktakeIdSchema } from './ids';
import type { StockLedger } from './ledger';
import { ZERO_QUANTITY } from './quantity';
import type { Stocktake, StocktakeLine } from './stocktake-schema';

/**
 * Schema of a request to open a stocktake: a `full` count of every part in
 * stock, or a `cycle` count of the parts in `abcClasses` (per the
 * classification passed beside it; unclassified parts count as C),
 * optionally limited to some locations.
 *
 * @example
 * ```ts
 * OpenStocktakeInputSchema.parse({ id: 'st_2026_11_a', kind: 'cycle', abcClasses: ['A'], at, actor });
 * ```
 * @category parts
 * @see §6.2.3
 */
export const OpenStocktakeInputSchema = z
  .object({
    id: StocktakeIdSchema,
    kind: z.enum(['full', 'cycle']),
    abcClasses: z._default(z.array(z.enum(['A', 'B', 'C'])).check(z.maxLength(3)), []),
    locationIds: z.optional(z.array(LocationIdSchema).check(z.minLength(1), z.maxLength(1000))),
    at: InstantSchema,
    actor: ActorSchema,
  })
  .check(
    z.refine((input) => input.kind === 'full' || input.abcClasses.length > 0, {
      path: ['abcClasses'],
      message: 'a cycle count names at least one ABC class',
      params: { reason: 'abc_classes_required' },
    }),
  );

/**
 * An open-stocktake request as a caller writes it.
 *
 * @example
 * ```ts
 * const input: OpenStocktakeInput = { id: 'st_1', kind: 'full', at, actor };
 * ```
 * @category parts
 * @see §6.2.3
 */
export type OpenStocktakeInput = z.input<typeof OpenStocktakeInputSchema>;

/**
 * A stocktake state change: the new session and its events.
 *
 * @example
 * ```ts
 * const { state, events }: StocktakeTransition = transitionStocktake(session, command)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.3
 */
export interface StocktakeTransition {
  readonly state: Stocktake;
  readonly events: readonly PartsEvent[];
}

function classesOf(classification: readonly AbcEntry[]): ReadonlyMap<string, AbcClass> {
  return new Map(classification.map((entry) => [entry.partId, entry.abcClass]));
}

/**
 * Opens a stocktake (盘点, §6.2.3) by freezing a snapshot of the ledger:
 * one line per part and location with its on-hand quantity and
 * moving-average cost at `at`, in part then location order; counts are
 * later compared with this snapshot, not with the moving ledger. Needs
 * `stocktake.count`. The approval threshold in force is copied into the
 * session.
 *
 * Errors: `validation_failed` (reason `abc_classes_required` for a cycle
 * count without classes), `forbidden`, `stocktake_empty` (nothing to count).
 *
 * @example
 * ```ts
 * const { state } = openStocktake(
 *   { id: 'st_2026_11_a', kind: 'cycle', abcClasses: ['A'], at, actor: clerk },
 *   ledger,
 *   { classification: abc },
 * )._unsafeUnwrap();
 * state.status; // 'counting'
 * ```
 * @category parts
 * @see §6.2.3
 * @see §6.2.4
 */
export function openStocktake(
  input: OpenStocktakeInput,
  ledger: StockLedger,
  options: {
    readonly classification?: readonly AbcEntry[];
    readonly config?: PartsConfig;
    readonly capabilityMap?: CapabilityMap;
  } = {},
): Result<StocktakeTransition, PartsError> {
  const parsed = parseWith(OpenStocktakeInputSchema, input, '§6.2.3');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const allowed = authorize(request.actor, 'stocktake.count', { map: options.capabilityMap });
  if (allowed.isErr()) return err(allowed.error);
  const lines = snapshotLines(ledger, request, classesOf(options.classification ?? []));
  if (lines.length === 0) return err(partsError('stocktake_empty', { stocktakeId: request.id }));
  const config = options.config ?? defaultPartsConfig;
  const state: Stocktake = {
    id: request.id,
    version: 0,
    createdAt: request.at,
    updatedAt: request.at,
    status: 'counting',
    kind: request.kind,
    abcClasses: request.kind === 'cycle' ? request.abcClasses : [],
    frozenAt: request.at,
    openedBy: request.actor.id,
    approvalThreshold: config.stocktakeApprovalThreshold,
    lines,
    approvedBy: null,
    approvedAt: null,
    postedBy: null,
    postedAt: null,
    cancelReason: null,
  };
  const event = partsEvent('parts.stocktake-opened', state.id, request.at, {
    stocktakeId: state.id,
    kind: state.kind,
    lineCount: lines.length,
  });
  return ok({ state, events: [event] });
}

function snapshotLines(
  ledger: StockLedger,
  request: {
    readonly kind: 'full' | 'cycle';
    readonly abcClasses: readonly AbcClass[];
    readonly locationIds?: readonly string[];
  },
  classes: ReadonlyMap<string, AbcClass>,
): StocktakeLine[] {
  const wanted = (partId: string) =>
    request.kind === 'full' || request.abcClasses.includes(classes.get(partId) ?? 'C');
  const positions = Object.values(ledger.positions)
    .filter((position) => wanted(position.partId))
    .sort((a, b) => (a.partId < b.partId ? -1 : 1));
  return positions.flatMap((position) =>
    Object.keys(position.onHand)
      .filter((location) => request.locationIds?.includes(location) ?? true)
      .sort()
      .map((locationId) => ({
        partId: position.partId,
        locationId: locationId as StocktakeLine['locationId'],
        unit: position.unit,
        expected: position.onHand[locationId] ?? ZERO_QUANTITY,
        unitCost: position.averageCost,
        counted: null,
        countedBy: null,
        countedAt: null,
        varianceQuantity: null,
        varianceValue: null,
        needsApproval: false,
      })),
  );
}
