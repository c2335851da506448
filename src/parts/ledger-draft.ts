import { err, ok, type Result } from 'neverthrow';
import type { CapabilityMap } from '../org/index';
import { applyMovement } from './apply-movement';
import { type Catalogue, findPart } from './catalogue';
import { defaultPartsConfig, type PartsConfig } from './config';
import { type PartsRuleError, partsError } from './errors';
import { type PartsEvent, partsEvent } from './events';
import type { StockLedger, StockPosition } from './ledger';
import type { StockMovement } from './movement-schema';
import { fitsUnit, type Quantity, type Unit } from './quantity';
import { ownValue, setOwn } from './records';
import type { Part } from './schema';

/**
 * What every ledger operation needs besides the ledger: the catalogue (parts
 * must exist and units must match), the parts policy, and the host's role →
 * capability map for permission checks.
 *
 * @example
 * ```ts
 * const context: LedgerContext = { catalogue, config: parsePartsConfig(json)._unsafeUnwrap() };
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface LedgerContext {
  readonly catalogue: Catalogue;
  /** Defaults to {@link defaultPartsConfig}. */
  readonly config?: PartsConfig;
  /** Defaults to the manual's map (`defaultCapabilityMap`). */
  readonly capabilityMap?: CapabilityMap;
}

/**
 * The result of a ledger operation: the new ledger, the movements it posted
 * (duplicates excluded) and the events to store with it.
 *
 * @example
 * ```ts
 * const { ledger: next, posted, events } = postMovements(ledger, inputs, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see X-5
 */
export interface LedgerChange {
  readonly ledger: StockLedger;
  readonly posted: readonly StockMovement[];
  readonly events: readonly PartsEvent[];
}

/**
 * A ledger being changed by one operation: local copies, written in place,
 * published by {@link closeDraft} only if the whole operation succeeds.
 *
 * @category parts
 * @internal
 */
export interface LedgerDraft {
  readonly base: StockLedger;
  readonly movements: StockMovement[];
  readonly positions: Record<string, StockPosition>;
  readonly movementKeys: Record<string, number>;
  readonly posted: StockMovement[];
  readonly events: PartsEvent[];
}

/**
 * Starts a draft from a ledger (one copy per operation, not per movement).
 *
 * @example
 * ```ts
 * const draft = openDraft(ledger);
 * ```
 * @category parts
 * @internal
 */
export function openDraft(ledger: StockLedger): LedgerDraft {
  return {
    base: ledger,
    movements: [...ledger.movements],
    positions: { ...ledger.positions },
    movementKeys: { ...ledger.movementKeys },
    posted: [],
    events: [],
  };
}

/**
 * Publishes a draft; a draft that posted nothing returns the ledger it
 * started from, so a repeated posting changes nothing at all.
 *
 * @example
 * ```ts
 * return ok(closeDraft(draft, { reservations }));
 * ```
 * @category parts
 * @internal
 */
export function closeDraft(
  draft: LedgerDraft,
  changes: Partial<Pick<StockLedger, 'reservations' | 'lostSales' | 'lostSaleKeys'>> = {},
): LedgerChange {
  const unchanged = draft.events.length === 0;
  const ledger: StockLedger = unchanged
    ? draft.base
    : {
        ...draft.base,
        movements: draft.movements,
        positions: draft.positions,
        movementKeys: draft.movementKeys,
        ...changes,
      };
  return { ledger, posted: draft.posted, events: draft.events };
}

/**
 * The result of an operation that changes nothing (a retry of one already done).
 *
 * @example
 * ```ts
 * if (alreadyReserved) return ok(unchanged(ledger));
 * ```
 * @category parts
 * @internal
 */
export function unchanged(ledger: StockLedger): LedgerChange {
  return { ledger, posted: [], events: [] };
}

/**
 * The position of a part the ledger has not seen: no stock, and the
 * catalogue's moving-average cost as the opening cost.
 *
 * @example
 * ```ts
 * initialPosition(part).averageCost; // part.movingAverageCost
 * ```
 * @category parts
 * @internal
 */
export function initialPosition(part: Part): StockPosition {
  return {
    partId: part.id,
    unit: part.unit,
    averageCost: part.movingAverageCost,
    onHand: {},
    reserved: {},
  };
}

type PartCheckError = Extract<
  PartsRuleError,
  { code: 'part_unknown' | 'unit_mismatch' | 'quantity_invalid_for_unit' }
>;

/**
 * The catalogue part a command names, checked against the command's unit and quantity.
 *
 * Errors: `part_unknown`, `unit_mismatch`, `quantity_invalid_for_unit`.
 *
 * @example
 * ```ts
 * checkPart(catalogue, 'part_1', 'piece', '2' as Quantity);
 * ```
 * @category parts
 * @internal
 */
export function checkPart(
  catalogue: Catalogue,
  partId: string,
  unit: Unit,
  quantity: Quantity,
): Result<Part, PartCheckError> {
  const part = findPart(catalogue, partId);
  if (part === undefined) return err(partsError('part_unknown', { partId }));
  if (part.unit !== unit) {
    return err(partsError('unit_mismatch', { partId, expected: part.unit, actual: unit }));
  }
  if (!fitsUnit(quantity, unit)) {
    return err(partsError('quantity_invalid_for_unit', { partId, unit, quantity }));
  }
  return ok(part);
}

/**
 * The draft position of a part (its opening position if none yet).
 *
 * @example
 * ```ts
 * const position = draftPosition(draft, part);
 * ```
 * @category parts
 * @internal
 */
export function draftPosition(draft: LedgerDraft, part: Part): StockPosition {
  return ownValue(draft.positions, part.id) ?? initialPosition(part);
}

/**
 * Appends one movement to a draft: applies it to the part's position,
 * indexes its key and emits `parts.stock-moved`.
 *
 * Errors: `insufficient_stock`.
 *
 * @example
 * ```ts
 * appendMovement(draft, movement, part, config);
 * ```
 * @category parts
 * @internal
 */
export function appendMovement(
  draft: LedgerDraft,
  movement: StockMovement,
  part: Part,
  config: PartsConfig = defaultPartsConfig,
): Result<StockMovement, Extract<PartsRuleError, { code: 'insufficient_stock' }>> {
  return applyMovement(draftPosition(draft, part), movement, config).map((position) => {
    setOwn(draft.positions, part.id, position);
    setOwn(draft.movementKeys, movement.idempotencyKey, draft.movements.length);
    draft.movements.push(movement);
    draft.posted.push(movement);
    draft.events.push(
      partsEvent('parts.stock-moved', movement.partId, movement.at, {
        movementId: movement.id,
        movementType: movement.type,
        partId: movement.partId,
        locationId: movement.locationId,
        toLocationId: movement.toLocationId,
        quantity: movement.quantity,
        unitCost: movement.unitCost,
        reference: movement.reference,
        actorId: movement.actorId,
      }),
    );
    return movement;
  });
}
