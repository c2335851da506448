import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { authorize } from '../org/index';
import { parseWith } from '../shared/index';
import { defaultPartsConfig } from './config';
import { type PartsError, partsError } from './errors';
import { partsEvent } from './events';
import { quantityAt, type StockLedger, type StockPosition } from './ledger';
import {
  checkPart,
  closeDraft,
  draftPosition,
  type LedgerChange,
  type LedgerContext,
  type LedgerDraft,
  openDraft,
  unchanged,
} from './ledger-draft';
import type { ParsedMovementInput } from './movement-schema';
import { postOne } from './post-movements';
import {
  addQuantities,
  formatQuantity,
  type Quantity,
  subtractQuantities,
  toQuantityDecimal,
} from './quantity';
import { ownValue, setOwn } from './records';
import {
  type ConsumeReservationInput,
  ConsumeReservationInputSchema,
  type ReleaseReservationInput,
  ReleaseReservationInputSchema,
  type Reservation,
  type ReserveStockInput,
  ReserveStockInputSchema,
} from './reservation-schema';

function withReserved(
  position: StockPosition,
  locationId: string,
  reserved: Quantity,
): StockPosition {
  const byLocation: Record<string, Quantity> = { ...position.reserved };
  setOwn(byLocation, locationId, reserved);
  return { ...position, reserved: byLocation };
}

/**
 * Reserves stock (预留) for an appointment or repair order: the quantity
 * stays on hand but is no longer available (available = on-hand − reserved).
 * Needs `stock.reserve` (service advisor, parts clerk, warehouse supervisor).
 * Reserving the same id again with the same content changes nothing.
 *
 * Errors: `validation_failed`, `forbidden`, `idempotency_key_reused` (the
 * reservation id with other content), `part_unknown`, `unit_mismatch`,
 * `quantity_invalid_for_unit`, `insufficient_stock` (more than is available,
 * unless negative stock is allowed).
 *
 * @example
 * ```ts
 * const { ledger: next } = reserveStock(ledger, {
 *   reservationId: 'res_1', partId: 'part_1', locationId: 'wh-main', unit: 'piece',
 *   quantity: '1', reference: { kind: 'appointment', id: 'apt_9' }, at, actor: advisor,
 * }, { catalogue })._unsafeUnwrap();
 * stockLevel(next, 'part_1').reserved; // '1'
 * ```
 * @category parts
 * @see §6.2.2
 */
export function reserveStock(
  ledger: StockLedger,
  input: ReserveStockInput,
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  const parsed = parseWith(ReserveStockInputSchema, input, '§6.2.2');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const allowed = authorize(request.actor, 'stock.reserve', { map: context.capabilityMap });
  if (allowed.isErr()) return err(allowed.error);
  const existing = ownValue(ledger.reservations, request.reservationId);
  if (existing !== undefined) {
    const same =
      existing.partId === request.partId &&
      existing.locationId === request.locationId &&
      existing.quantity === request.quantity &&
      existing.reference.id === request.reference.id;
    if (same) return ok(unchanged(ledger));
    return err(partsError('idempotency_key_reused', { idempotencyKey: request.reservationId }));
  }
  const part = checkPart(context.catalogue, request.partId, request.unit, request.quantity);
  if (part.isErr()) return err(part.error);
  const draft = openDraft(ledger);
  const position = draftPosition(draft, part.value);
  const available = toQuantityDecimal(quantityAt(position.onHand, request.locationId)).minus(
    quantityAt(position.reserved, request.locationId),
  );
  const config = context.config ?? defaultPartsConfig;
  if (!config.allowNegativeStock && available.lt(request.quantity)) {
    return err(
      partsError('insufficient_stock', {
        partId: request.partId,
        locationId: request.locationId,
        requested: request.quantity,
        available: formatQuantity(Decimal.max(available, 0)),
      }),
    );
  }
  const reserved = addQuantities(
    quantityAt(position.reserved, request.locationId),
    request.quantity,
  );
  setOwn(draft.positions, part.value.id, withReserved(position, request.locationId, reserved));
  const reservation: Reservation = {
    id: request.reservationId,
    version: 0,
    createdAt: request.at,
    updatedAt: request.at,
    partId: request.partId,
    locationId: request.locationId,
    unit: request.unit,
    quantity: request.quantity,
    reference: request.reference,
    status: 'open',
    actorId: request.actor.id,
  };
  draft.events.push(
    partsEvent('parts.stock-reserved', request.partId, request.at, {
      reservationId: reservation.id,
      partId: reservation.partId,
      locationId: reservation.locationId,
      quantity: reservation.quantity,
      reference: reservation.reference,
    }),
  );
  const reservations = { ...ledger.reservations };
  setOwn(reservations, reservation.id, reservation);
  return ok(closeDraft(draft, { reservations }));
}

/** Frees an open reservation's quantity in the draft and returns the closed reservation. */
function closeReservation(
  draft: LedgerDraft,
  reservation: Reservation,
  status: 'released' | 'consumed',
  at: Reservation['updatedAt'],
): Reservation {
  const position = ownValue(draft.positions, reservation.partId) as StockPosition;
  const reserved = subtractQuantities(
    quantityAt(position.reserved, reservation.locationId),
    reservation.quantity,
  );
  setOwn(
    draft.positions,
    reservation.partId,
    withReserved(position, reservation.locationId, reserved),
  );
  return { ...reservation, status, updatedAt: at };
}

/**
 * Releases an open reservation explicitly: its quantity becomes available
 * again. Releasing a released reservation changes nothing. Needs `stock.reserve`.
 *
 * Errors: `validation_failed`, `forbidden`, `reservation_unknown`,
 * `reservation_not_open` (it was consumed).
 *
 * @example
 * ```ts
 * releaseReservation(ledger, { reservationId: 'res_1', at, actor: advisor }, { catalogue });
 * ```
 * @category parts
 * @see §6.2.2
 */
export function releaseReservation(
  ledger: StockLedger,
  input: ReleaseReservationInput,
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  const parsed = parseWith(ReleaseReservationInputSchema, input, '§6.2.2');
  if (parsed.isErr()) return err(parsed.error);
  const { reservationId, at, actor } = parsed.value;
  const allowed = authorize(actor, 'stock.reserve', { map: context.capabilityMap });
  if (allowed.isErr()) return err(allowed.error);
  const reservation = ownValue(ledger.reservations, reservationId);
  if (reservation === undefined) return err(partsError('reservation_unknown', { reservationId }));
  if (reservation.status === 'released') return ok(unchanged(ledger));
  if (reservation.status !== 'open') {
    return err(partsError('reservation_not_open', { reservationId, status: reservation.status }));
  }
  const draft = openDraft(ledger);
  const released = closeReservation(draft, reservation, 'released', at);
  draft.events.push(
    partsEvent('parts.reservation-released', released.partId, at, {
      reservationId,
      partId: released.partId,
      quantity: released.quantity,
    }),
  );
  const reservations = { ...ledger.reservations };
  setOwn(reservations, reservationId, released);
  return ok(closeDraft(draft, { reservations }));
}

/**
 * Consumes a reservation explicitly: closes it and issues the reserved stock
 * (or a smaller `quantity`, releasing the rest) as an `issue` movement keyed
 * by `idempotencyKey`, referencing `repairOrderId` or the reservation's own
 * reference. Needs `stock.move`. Retrying with the same key changes nothing.
 *
 * Errors: `validation_failed`, `forbidden`, `reservation_unknown`,
 * `reservation_not_open`, `reservation_quantity_exceeded`, and the errors of
 * {@link postMovements} for the issue.
 *
 * @example
 * ```ts
 * consumeReservation(ledger, {
 *   reservationId: 'res_1', idempotencyKey: 'ro_42:l1', repairOrderId: 'ro_42', at, actor: clerk,
 * }, { catalogue });
 * ```
 * @category parts
 * @see §6.2.2
 */
export function consumeReservation(
  ledger: StockLedger,
  input: ConsumeReservationInput,
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  const parsed = parseWith(ConsumeReservationInputSchema, input, '§6.2.2');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const reservation = ownValue(ledger.reservations, request.reservationId);
  if (reservation === undefined) {
    return err(partsError('reservation_unknown', { reservationId: request.reservationId }));
  }
  if (
    reservation.status === 'consumed' &&
    Object.hasOwn(ledger.movementKeys, request.idempotencyKey)
  ) {
    return ok(unchanged(ledger));
  }
  if (reservation.status !== 'open') {
    return err(
      partsError('reservation_not_open', {
        reservationId: reservation.id,
        status: reservation.status,
      }),
    );
  }
  const quantity = request.quantity ?? reservation.quantity;
  if (toQuantityDecimal(quantity).gt(reservation.quantity)) {
    return err(
      partsError('reservation_quantity_exceeded', {
        reservationId: reservation.id,
        reserved: reservation.quantity,
        requested: quantity,
      }),
    );
  }
  const draft = openDraft(ledger);
  const consumed = closeReservation(draft, reservation, 'consumed', request.at);
  const issue: ParsedMovementInput = {
    type: 'issue',
    idempotencyKey: request.idempotencyKey,
    partId: reservation.partId,
    locationId: reservation.locationId,
    unit: reservation.unit,
    quantity,
    reference:
      request.repairOrderId === undefined
        ? reservation.reference
        : { kind: 'repair-order', id: request.repairOrderId },
    at: request.at,
    actor: request.actor,
    fromBackorder: false,
  };
  const posted = postOne(draft, issue, context);
  if (posted.isErr()) return err(posted.error);
  if (posted.value === null) {
    // The key names an earlier issue, not this consumption.
    return err(partsError('idempotency_key_reused', { idempotencyKey: request.idempotencyKey }));
  }
  draft.events.push(
    partsEvent('parts.reservation-consumed', reservation.partId, request.at, {
      reservationId: reservation.id,
      partId: reservation.partId,
      movementId: request.idempotencyKey,
      quantity,
    }),
  );
  const reservations = { ...ledger.reservations };
  setOwn(reservations, reservation.id, consumed);
  return ok(closeDraft(draft, { reservations }));
}
