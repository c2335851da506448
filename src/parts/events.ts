import { type DomainEvent, domainEvent, type Instant, type Money } from '../shared/index';
import type { Quantity } from './quantity';

/**
 * What a movement references: the source document that caused it.
 *
 * @example
 * ```ts
 * const ref: StockReference = { kind: 'repair-order', id: 'ro_42' };
 * ```
 * @category parts
 */
export interface StockReference {
  readonly kind: string;
  readonly id: string;
}

/**
 * Every event the parts module emits, by type, with its payload. Ids,
 * quantities and costs only: no customer data.
 *
 * @example
 * ```ts
 * const payload: PartsEventPayloads['parts.stock-moved']['quantity'] = '2' as Quantity;
 * ```
 * @category parts
 * @see X-5
 */
export interface PartsEventPayloads {
  readonly 'parts.part-superseded': {
    readonly partId: string;
    readonly partNumber: string;
    readonly supersededBy: string;
    readonly currentPartNumber: string;
  };
  readonly 'parts.stock-moved': {
    readonly movementId: string;
    readonly movementType: string;
    readonly partId: string;
    readonly locationId: string;
    readonly toLocationId: string | null;
    readonly quantity: Quantity;
    readonly unitCost: Money;
    readonly reference: StockReference;
    readonly actorId: string;
  };
  readonly 'parts.stock-reserved': {
    readonly reservationId: string;
    readonly partId: string;
    readonly locationId: string;
    readonly quantity: Quantity;
    readonly reference: StockReference;
  };
  readonly 'parts.reservation-released': {
    readonly reservationId: string;
    readonly partId: string;
    readonly quantity: Quantity;
  };
  readonly 'parts.reservation-consumed': {
    readonly reservationId: string;
    readonly partId: string;
    readonly movementId: string;
    readonly quantity: Quantity;
  };
  readonly 'parts.lost-sale-recorded': {
    readonly lostSaleId: string;
    readonly partId: string;
    readonly quantity: Quantity;
    readonly reference: StockReference | null;
  };
  readonly 'parts.stocktake-opened': {
    readonly stocktakeId: string;
    readonly kind: string;
    readonly lineCount: number;
  };
  readonly 'parts.stocktake-counted': {
    readonly stocktakeId: string;
    readonly partId: string;
    readonly locationId: string;
    readonly counted: Quantity;
  };
  readonly 'parts.stocktake-submitted': {
    readonly stocktakeId: string;
    readonly varianceValue: Money;
    readonly linesOverThreshold: number;
  };
  readonly 'parts.stocktake-approved': {
    readonly stocktakeId: string;
    readonly approverId: string;
  };
  readonly 'parts.stocktake-posted': {
    readonly stocktakeId: string;
    readonly adjustmentLines: number;
  };
  readonly 'parts.stocktake-cancelled': {
    readonly stocktakeId: string;
  };
}

/**
 * A parts event type, e.g. `'parts.stock-moved'`.
 *
 * @example
 * ```ts
 * const type: PartsEventType = 'parts.lost-sale-recorded';
 * ```
 * @category parts
 * @see X-5
 */
export type PartsEventType = keyof PartsEventPayloads;

/**
 * Any event of the parts module, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: PartsEvent) {
 *   if (event.type === 'parts.stock-moved') event.payload.movementType;
 * }
 * ```
 * @category parts
 * @see X-5
 */
export type PartsEvent = {
  [T in PartsEventType]: DomainEvent<T, PartsEventPayloads[T]>;
}[PartsEventType];

/** Which aggregate each event belongs to. */
const AGGREGATES: Readonly<Record<PartsEventType, string>> = {
  'parts.part-superseded': 'part',
  'parts.stock-moved': 'part-stock',
  'parts.stock-reserved': 'part-stock',
  'parts.reservation-released': 'part-stock',
  'parts.reservation-consumed': 'part-stock',
  'parts.lost-sale-recorded': 'part-stock',
  'parts.stocktake-opened': 'stocktake',
  'parts.stocktake-counted': 'stocktake',
  'parts.stocktake-submitted': 'stocktake',
  'parts.stocktake-approved': 'stocktake',
  'parts.stocktake-posted': 'stocktake',
  'parts.stocktake-cancelled': 'stocktake',
};

/**
 * Builds a frozen parts event; stock events belong to the `part-stock`
 * aggregate of their part, stocktake events to their session.
 *
 * @example
 * ```ts
 * partsEvent('parts.stocktake-approved', 'st_1', at, { stocktakeId: 'st_1', approverId: 'emp_9' });
 * ```
 * @category parts
 * @see X-5
 */
export function partsEvent<T extends PartsEventType>(
  type: T,
  aggregateId: string,
  at: Instant,
  payload: PartsEventPayloads[T],
): DomainEvent<T, PartsEventPayloads[T]> {
  return domainEvent(type, { aggregateType: AGGREGATES[type], aggregateId, at, payload });
}
