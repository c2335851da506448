import { err, ok, type Result } from 'neverthrow';
import { authorize } from '../org/index';
import { parseWith } from '../shared/index';
import { type PartsError, partsError } from './errors';
import { partsEvent } from './events';
import type { StockLedger } from './ledger';
import {
  checkPart,
  closeDraft,
  type LedgerChange,
  type LedgerContext,
  openDraft,
  unchanged,
} from './ledger-draft';
import { type LostSale, type LostSaleInput, LostSaleInputSchema } from './lost-sale-schema';
import { ownValue, setOwn } from './records';

/**
 * Records a lost sale: demand that stock could not serve. It changes
 * no stock, but counts as demand in {@link buildDailyDemand} (so forecasts
 * see what customers wanted, not only what was in stock) and as an unserved
 * line in {@link computeFillRate}. Needs `stock.move` or `parts-sale.create`.
 * Recording the same key again with the same content changes nothing.
 *
 * Errors: `validation_failed`, `forbidden`, `idempotency_key_reused`,
 * `part_unknown`, `unit_mismatch`, `quantity_invalid_for_unit`.
 *
 * @example
 * ```ts
 * const { ledger: next, events } = recordLostSale(ledger, {
 *   idempotencyKey: 'ro_42:l2:lost', partId: 'part_1', unit: 'piece', quantity: '2',
 *   reference: { kind: 'repair-order', id: 'ro_42' }, at, actor: clerk,
 * }, { catalogue })._unsafeUnwrap();
 * events[0].type; // 'parts.lost-sale-recorded'
 * ```
 * @category parts
 * @see X-4
 */
export function recordLostSale(
  ledger: StockLedger,
  input: LostSaleInput,
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  const parsed = parseWith(LostSaleInputSchema, input, 'X-4');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  const map = context.capabilityMap;
  const allowed = authorize(request.actor, 'stock.move', { map, clause: 'X-4' }).orElse(() =>
    authorize(request.actor, 'parts-sale.create', { map, clause: 'X-4' }),
  );
  if (allowed.isErr()) return err(allowed.error);
  const index = ownValue(ledger.lostSaleKeys, request.idempotencyKey);
  if (index !== undefined) {
    const existing = ledger.lostSales[index] as LostSale;
    const same = existing.partId === request.partId && existing.quantity === request.quantity;
    if (same) return ok(unchanged(ledger));
    return err(partsError('idempotency_key_reused', { idempotencyKey: request.idempotencyKey }));
  }
  const part = checkPart(context.catalogue, request.partId, request.unit, request.quantity);
  if (part.isErr()) return err(part.error);
  const lostSale: LostSale = {
    id: request.idempotencyKey,
    version: 0,
    createdAt: request.at,
    updatedAt: request.at,
    partId: request.partId,
    locationId: request.locationId,
    unit: request.unit,
    quantity: request.quantity,
    reference: request.reference,
    at: request.at,
    actorId: request.actor.id,
    note: request.note,
  };
  const draft = openDraft(ledger);
  draft.events.push(
    partsEvent('parts.lost-sale-recorded', lostSale.partId, lostSale.at, {
      lostSaleId: lostSale.id,
      partId: lostSale.partId,
      quantity: lostSale.quantity,
      reference: lostSale.reference,
    }),
  );
  const lostSaleKeys = { ...ledger.lostSaleKeys };
  setOwn(lostSaleKeys, lostSale.id, ledger.lostSales.length);
  return ok(closeDraft(draft, { lostSales: [...ledger.lostSales, lostSale], lostSaleKeys }));
}
