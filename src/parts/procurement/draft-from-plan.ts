import { err, type Result } from 'neverthrow';
import { addCalendarDays, roundHalfUp, toDealerDate } from '../../shared/index';
import { findPart } from '../catalogue';
import { partsError } from '../errors';
import type { ReplenishmentPlan } from '../replenishment-types';
import { defaultProcurementConfig } from './config';
import { checkContext, type ProcurementContext } from './context';
import { agreedUnitPrice } from './contract';
import {
  createPurchaseOrder,
  type PurchaseOrderChange,
  type PurchaseOrderInput,
  type PurchaseOrderRefs,
} from './create-purchase-order';
import { type ProcurementError, procurementError } from './errors';

/**
 * Drafts a purchase order from the replenishment plan's suggested lines
 * (建议采购行, §6.1.1) for one supplier (`refs.supplier`). Each line orders
 * the suggested quantity at the contract's agreed price on the order date,
 * or — without one — at the part's moving-average cost rounded to the cent
 * (flagged, so a supervisor sees it); its promised date is the order date
 * plus the part's lead time. Then as {@link createPurchaseOrder}.
 *
 * Errors: `no_suggested_lines` (the plan suggests nothing for this
 * supplier), `part_unknown`, and those of {@link createPurchaseOrder}.
 *
 * @param plan - the output of `planReplenishment`
 * @param target - the new order's id and delivery location
 * @example
 * ```ts
 * const plan = planReplenishment(parts)._unsafeUnwrap();
 * const { order } = draftPurchaseOrderFromPlan(
 *   plan, { id: 'po_7', locationId: 'wh-main' }, { supplier, contract, catalogue }, { at, actor: clerk },
 * )._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.1
 * @see §6.1.4
 */
export function draftPurchaseOrderFromPlan(
  plan: ReplenishmentPlan,
  target: { readonly id: string; readonly locationId: string },
  refs: PurchaseOrderRefs,
  context: ProcurementContext,
): Result<PurchaseOrderChange, ProcurementError> {
  const config = context.config ?? defaultProcurementConfig;
  return checkContext(context).andThen(({ at }) => {
    const suggestion = plan.orders.find((order) => order.supplierId === refs.supplier.id);
    if (suggestion === undefined || suggestion.lines.length === 0) {
      return err(procurementError('no_suggested_lines', { supplierId: refs.supplier.id }));
    }
    const orderDate = toDealerDate(at, config.timeZone);
    const lines: PurchaseOrderInput['lines'][number][] = [];
    for (const line of suggestion.lines) {
      const part = findPart(refs.catalogue, line.partId);
      if (part === undefined) return err(partsError('part_unknown', { partId: line.partId }));
      const agreed = agreedUnitPrice(refs.contract, part.partNumber, orderDate);
      lines.push({
        partId: part.id,
        quantity: line.quantity,
        unitPrice: agreed ?? roundHalfUp(part.movingAverageCost),
        promisedDate: addCalendarDays(orderDate, part.replenishment.leadTimeDays),
      });
    }
    return createPurchaseOrder(
      { id: target.id, supplierId: refs.supplier.id, locationId: target.locationId, lines },
      refs,
      context,
    );
  });
}
