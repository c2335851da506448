import type { Instant, Money } from '../shared/index';
import type { PartId } from './ids';
import type { LostSale } from './lost-sale-schema';
import type { StockMovement } from './movement-schema';
import {
  addQuantities,
  type Quantity,
  subtractQuantities,
  type Unit,
  ZERO_QUANTITY,
} from './quantity';
import { ownValue } from './records';
import type { Reservation } from './reservation-schema';
import type { Part } from './schema';

/**
 * One part's stock position (库存状况): on-hand and reserved quantities per
 * location, and the moving-average unit cost. Derived from the ledger's
 * movements and reservations; {@link postMovements} keeps it in step.
 *
 * @example
 * ```ts
 * const position: StockPosition | undefined = ledger.positions['part_1'];
 * position?.onHand['wh-main']; // '12'
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface StockPosition {
  readonly partId: PartId;
  readonly unit: Unit;
  readonly averageCost: Money;
  readonly onHand: Readonly<Record<string, Quantity>>;
  readonly reserved: Readonly<Record<string, Quantity>>;
}

/**
 * The stock ledger (库存台账) as one JSON-safe value. `movements` and
 * `lostSales` are append-only journals in posting order; `reservations`
 * holds every reservation with its status. `positions` and the key indexes
 * are derived from them (see {@link replayLedger}) and kept in step by the
 * posting functions, so checking a posting never replays the journal. Each
 * call copies the ledger once, so post many movements in one
 * {@link postMovements} batch. Never edit a ledger by hand; never mutate one
 * (every function returns a new one).
 *
 * @example
 * ```ts
 * let ledger = emptyLedger();
 * ledger = postMovements(ledger, [receipt], { catalogue })._unsafeUnwrap().ledger;
 * ```
 * @category parts
 * @see §6.2.2
 * @see X-4
 */
export interface StockLedger {
  readonly movements: readonly StockMovement[];
  readonly lostSales: readonly LostSale[];
  readonly reservations: Readonly<Record<string, Reservation>>;
  readonly positions: Readonly<Record<string, StockPosition>>;
  /** Idempotency key → index in `movements`. */
  readonly movementKeys: Readonly<Record<string, number>>;
  /** Idempotency key → index in `lostSales`. */
  readonly lostSaleKeys: Readonly<Record<string, number>>;
}

/**
 * A ledger with nothing posted.
 *
 * @example
 * ```ts
 * emptyLedger().movements.length; // 0
 * ```
 * @category parts
 * @see §6.2.2
 */
export function emptyLedger(): StockLedger {
  return {
    movements: [],
    lostSales: [],
    reservations: {},
    positions: {},
    movementKeys: {},
    lostSaleKeys: {},
  };
}

/**
 * On-hand, reserved and available (= on-hand − reserved) quantities of a
 * part, at one location or over all locations, with its moving-average cost.
 *
 * @example
 * ```ts
 * stockLevel(ledger, 'part_1', 'wh-main'); // { onHand: '12', reserved: '2', available: '10', … }
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface StockLevel {
  readonly onHand: Quantity;
  readonly reserved: Quantity;
  readonly available: Quantity;
  readonly averageCost: Money | null;
}

/**
 * The {@link StockLevel} of a part, at `locationId` or over all locations.
 * A part the ledger has never seen has zero stock and no cost.
 *
 * @example
 * ```ts
 * stockLevel(ledger, 'part_1').available; // '10'
 * ```
 * @category parts
 * @see §6.2.2
 */
export function stockLevel(ledger: StockLedger, partId: string, locationId?: string): StockLevel {
  const position = ownValue(ledger.positions, partId);
  if (position === undefined) {
    return {
      onHand: ZERO_QUANTITY,
      reserved: ZERO_QUANTITY,
      available: ZERO_QUANTITY,
      averageCost: null,
    };
  }
  const onHand = quantityAt(position.onHand, locationId);
  const reserved = quantityAt(position.reserved, locationId);
  return {
    onHand,
    reserved,
    available: subtractQuantities(onHand, reserved),
    averageCost: position.averageCost,
  };
}

/**
 * The quantity a by-location record holds at one location, or in total.
 *
 * @example
 * ```ts
 * quantityAt({ a: '1', b: '2' } as Record<string, Quantity>); // '3'
 * ```
 * @category parts
 * @internal
 */
export function quantityAt(
  byLocation: Readonly<Record<string, Quantity>>,
  locationId?: string,
): Quantity {
  if (locationId !== undefined) return ownValue(byLocation, locationId) ?? ZERO_QUANTITY;
  return Object.values(byLocation).reduce(addQuantities, ZERO_QUANTITY);
}

/**
 * The catalogue part with the ledger's current moving-average cost
 * (updated at `at`), or the part itself when the cost has not changed — so
 * a host saves it only when it changed. Parts the ledger has not seen are
 * returned as they are.
 *
 * @example
 * ```ts
 * const updated = syncPartCost(part, ledger, at);
 * if (updated !== part) await repositories.parts.save(updated, { expectedVersion: part.version });
 * ```
 * @category parts
 * @see §6.2.2
 */
export function syncPartCost(part: Part, ledger: StockLedger, at: Instant): Part {
  const position = ownValue(ledger.positions, part.id);
  if (position === undefined) return part;
  const { averageCost } = position;
  const same =
    averageCost.amount === part.movingAverageCost.amount &&
    averageCost.currency === part.movingAverageCost.currency;
  return same ? part : { ...part, movingAverageCost: averageCost, updatedAt: at };
}
