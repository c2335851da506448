import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { authorize } from '../org/index';
import { currencyMismatch, parseWith } from '../shared/index';
import { defaultPartsConfig } from './config';
import { type PartsError, partsError } from './errors';
import { emptyLedger, type StockLedger } from './ledger';
import {
  appendMovement,
  checkPart,
  closeDraft,
  draftPosition,
  type LedgerChange,
  type LedgerContext,
  type LedgerDraft,
  openDraft,
} from './ledger-draft';
import {
  type MovementInput,
  MovementInputSchema,
  type ParsedMovementInput,
  type StockMovement,
} from './movement-schema';
import { ownValue } from './records';

/** Most movements one call posts; a goods receipt or stocktake is far smaller. */
const MAX_BATCH = 10_000;

const BatchSchema = z.array(MovementInputSchema).check(z.maxLength(MAX_BATCH));

/**
 * Posts stock movements (出入库过账) to the ledger, all or nothing: if any
 * movement is refused, nothing is posted and the ledger is unchanged.
 * Each movement needs the `stock.move` capability (parts clerk, warehouse
 * supervisor). A movement whose idempotency key was already posted with the
 * same content is skipped — posting twice changes nothing; the same key
 * with different content is refused. On-hand never goes negative unless
 * `allowNegativeStock` is configured: issues, counter sales, scraps and
 * transfers take only available (unreserved) stock, a downward adjustment
 * only on-hand stock. Receipts update the moving-average cost; other
 * movements move at the current average cost unless they give `unitCost`.
 *
 * Errors: `validation_failed` (e.g. a zero or negative quantity, a negative
 * cost, a transfer to the same location; paths start with the movement's
 * index), `forbidden`, `idempotency_key_reused`, `part_unknown`,
 * `unit_mismatch`, `quantity_invalid_for_unit`, `currency_mismatch`,
 * `insufficient_stock`.
 *
 * @param ledger - the ledger to post to; never mutated
 * @param inputs - the movements, posted in order
 * @param context - catalogue, configuration and capability map
 * @returns the new ledger, the movements posted and their `parts.stock-moved` events
 * @example
 * ```ts
 * const { ledger: next } = postMovements(emptyLedger(), [{
 *   type: 'receipt', idempotencyKey: 'gr_7:1', partId: 'part_1', locationId: 'wh-main',
 *   unit: 'piece', quantity: '10', unitCost: { amount: '38.00', currency: 'CNY' },
 *   reference: { kind: 'goods-receipt', id: 'gr_7' }, at, actor: clerk,
 * }], { catalogue })._unsafeUnwrap();
 * stockLevel(next, 'part_1').onHand; // '10'
 * ```
 * @category parts
 * @see §6.2.2
 */
export function postMovements(
  ledger: StockLedger,
  inputs: readonly MovementInput[],
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  const parsed = parseWith(BatchSchema, inputs, '§6.2.2');
  if (parsed.isErr()) return err(parsed.error);
  const draft = openDraft(ledger);
  for (const input of parsed.value) {
    const posted = postOne(draft, input, context);
    if (posted.isErr()) return err(posted.error);
  }
  return ok(closeDraft(draft));
}

/**
 * {@link postMovements} for one movement.
 *
 * Errors: as {@link postMovements}.
 *
 * @example
 * ```ts
 * postMovement(ledger, issue, { catalogue }).map(({ ledger }) => stockLevel(ledger, 'part_1'));
 * ```
 * @category parts
 * @see §6.2.2
 */
export function postMovement(
  ledger: StockLedger,
  input: MovementInput,
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  return postMovements(ledger, [input], context);
}

/**
 * Posts one parsed movement into a draft (shared with consuming reservations
 * and stocktake posting). Returns the movement posted, or `null` for a
 * duplicate of one already posted.
 *
 * Errors: as {@link postMovements}, except `validation_failed`.
 *
 * @example
 * ```ts
 * postOne(draft, MovementInputSchema.parse(input), context);
 * ```
 * @category parts
 * @internal
 */
export function postOne(
  draft: LedgerDraft,
  input: ParsedMovementInput,
  context: LedgerContext,
): Result<StockMovement | null, PartsError> {
  const allowed = authorize(input.actor, 'stock.move', { map: context.capabilityMap });
  if (allowed.isErr()) return err(allowed.error);
  const duplicate = checkDuplicate(draft, input);
  if (duplicate.isErr() || duplicate.value) return duplicate.map(() => null);
  const part = checkPart(context.catalogue, input.partId, input.unit, input.quantity);
  if (part.isErr()) return err(part.error);
  const { averageCost } = draftPosition(draft, part.value);
  const unitCost = input.unitCost ?? averageCost;
  if (unitCost.currency !== averageCost.currency) {
    return err(currencyMismatch(averageCost.currency, unitCost.currency));
  }
  const movement = toMovement(input, unitCost);
  return appendMovement(draft, movement, part.value, context.config ?? defaultPartsConfig);
}

/** Whether the key was posted already (and with the same content: a retry). */
function checkDuplicate(
  draft: LedgerDraft,
  input: ParsedMovementInput,
): Result<boolean, PartsError> {
  const index = ownValue(draft.movementKeys, input.idempotencyKey);
  if (index === undefined) return ok(false);
  const existing = draft.movements[index] as StockMovement;
  return isSameOperation(existing, operationOf(input))
    ? ok(true)
    : err(partsError('idempotency_key_reused', { idempotencyKey: input.idempotencyKey }));
}

type Operation = Pick<
  StockMovement,
  'type' | 'partId' | 'locationId' | 'toLocationId' | 'direction' | 'quantity' | 'reference'
>;

function operationOf(input: ParsedMovementInput): Operation {
  return {
    type: input.type,
    partId: input.partId,
    locationId: input.locationId,
    toLocationId: input.type === 'transfer' ? input.toLocationId : null,
    direction: input.type === 'adjustment' ? input.direction : null,
    quantity: input.quantity,
    reference: input.reference,
  };
}

/** A retry repeats what was posted; `at`, actor, cost and note may differ between attempts. */
function isSameOperation(existing: Operation, candidate: Operation): boolean {
  return (
    existing.type === candidate.type &&
    existing.partId === candidate.partId &&
    existing.locationId === candidate.locationId &&
    existing.toLocationId === candidate.toLocationId &&
    existing.direction === candidate.direction &&
    existing.quantity === candidate.quantity &&
    existing.reference.kind === candidate.reference.kind &&
    existing.reference.id === candidate.reference.id
  );
}

function toMovement(
  input: ParsedMovementInput,
  unitCost: StockMovement['unitCost'],
): StockMovement {
  return {
    ...operationOf(input),
    id: input.idempotencyKey,
    version: 0,
    createdAt: input.at,
    updatedAt: input.at,
    idempotencyKey: input.idempotencyKey,
    unit: input.unit,
    unitCost,
    fromBackorder:
      input.type === 'issue' || input.type === 'counter-sale' ? input.fromBackorder : false,
    reason: input.type === 'adjustment' || input.type === 'scrap' ? input.reason : null,
    note: input.note ?? null,
    at: input.at,
    actorId: input.actor.id,
  };
}

/**
 * Rebuilds a ledger's positions from stored movements, in the order given —
 * the proof that positions are derived from the journal, and how a host
 * restores a ledger from its movement table. Movements were authorised
 * when posted, so no capability is checked; a repeated key is skipped.
 * Reservations and lost sales are not movements: pass them through
 * {@link reserveStock} and {@link recordLostSale} again if needed.
 *
 * Errors: `idempotency_key_reused`, `part_unknown`, `unit_mismatch`,
 * `quantity_invalid_for_unit`, `insufficient_stock`.
 *
 * @example
 * ```ts
 * const rebuilt = replayLedger(ledger.movements, { catalogue })._unsafeUnwrap();
 * rebuilt.positions; // equal to ledger.positions (without reservations)
 * ```
 * @category parts
 * @see §6.2.2
 */
export function replayLedger(
  movements: readonly StockMovement[],
  context: LedgerContext,
): Result<StockLedger, PartsError> {
  const draft = openDraft(emptyLedger());
  for (const movement of movements) {
    const index = ownValue(draft.movementKeys, movement.idempotencyKey);
    if (index !== undefined) {
      const existing = draft.movements[index] as StockMovement;
      if (isSameOperation(existing, movement)) continue;
      return err(partsError('idempotency_key_reused', { idempotencyKey: movement.idempotencyKey }));
    }
    const part = checkPart(context.catalogue, movement.partId, movement.unit, movement.quantity);
    if (part.isErr()) return err(part.error);
    const appended = appendMovement(draft, movement, part.value, context.config);
    if (appended.isErr()) return err(appended.error);
  }
  return ok(closeDraft(draft).ledger);
}
