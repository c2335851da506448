import { err, type Result } from 'neverthrow';
import type { Actor } from '../org/index';
import type { Instant } from '../shared/index';
import { type PartsError, partsError } from './errors';
import type { StockLedger } from './ledger';
import type { LedgerChange, LedgerContext } from './ledger-draft';
import type { MovementInput } from './movement-schema';
import { postMovements } from './post-movements';
import { toQuantityDecimal } from './quantity';
import type { Stocktake } from './stocktake-schema';

/**
 * The adjustment movements a posted stocktake makes: one per line whose
 * count differs from the snapshot, `increase` or `decrease` by the variance,
 * at the snapshot's unit cost, referencing the stocktake, with the
 * idempotency key `<stocktake id>:<line number>` so posting twice changes nothing.
 *
 * @example
 * ```ts
 * stocktakeAdjustments(session, { at, actor: clerk }).length; // lines with a variance
 * ```
 * @category parts
 * @see §6.2.3
 */
export function stocktakeAdjustments(
  session: Stocktake,
  posting: { readonly at: Instant; readonly actor: Actor },
): MovementInput[] {
  return session.lines.flatMap((line, index) => {
    // A posted session has every line counted; an uncounted line adjusts nothing.
    if (line.varianceQuantity === null) return [];
    const variance = toQuantityDecimal(line.varianceQuantity);
    if (variance.isZero()) return [];
    return [
      {
        type: 'adjustment' as const,
        direction: variance.isNeg() ? ('decrease' as const) : ('increase' as const),
        reason: 'stocktake variance',
        idempotencyKey: `${session.id}:${index + 1}`,
        partId: line.partId,
        locationId: line.locationId,
        unit: line.unit,
        quantity: variance.abs().toFixed(),
        unitCost: line.unitCost,
        reference: { kind: 'stocktake' as const, id: session.id },
        at: posting.at,
        actor: posting.actor,
      },
    ];
  });
}

/**
 * Posts a posted stocktake's variances to the ledger as adjustment
 * movements ({@link stocktakeAdjustments}, {@link postMovements}): all or
 * nothing, and idempotent. Needs `stock.move`.
 *
 * Errors: `stocktake_not_posted` (the session is not `posted`: count,
 * submit, approve and post it first), and those of {@link postMovements}
 * (e.g. `insufficient_stock` when stock issued since the count would go negative).
 *
 * @example
 * ```ts
 * const posted = transitionStocktake(approved, { type: 'post', at, actor: clerk })._unsafeUnwrap().state;
 * const { ledger: next } = postStocktakeAdjustments(ledger, posted, { at, actor: clerk }, { catalogue })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.3
 */
export function postStocktakeAdjustments(
  ledger: StockLedger,
  session: Stocktake,
  posting: { readonly at: Instant; readonly actor: Actor },
  context: LedgerContext,
): Result<LedgerChange, PartsError> {
  if (session.status !== 'posted') {
    return err(
      partsError('stocktake_not_posted', { stocktakeId: session.id, status: session.status }),
    );
  }
  return postMovements(ledger, stocktakeAdjustments(session, posting), context);
}
