import {
  createPurchaseOrder,
  type GoodsReceipt,
  type PurchaseContract,
  type PurchaseOrder,
  type PurchaseOrderInput,
  recordGoodsReceipt,
  registerSupplier,
  type Supplier,
  signPurchaseContract,
  transitionPurchaseOrder,
} from '../../../src/parts/procurement/index';
import type { Instant } from '../../../src/shared/index';
import { AT, actor, catalogue, clerk, dayAt, filter, oil, pads, supervisor } from '../fixtures';

export { AT, actor, catalogue, clerk, dayAt, filter, oil, pads, supervisor };

export const manager = actor('emp_mgr', ['service-manager']);
export const advisor = actor('emp_sa', ['service-advisor']);

export const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

export function supplier(overrides: Partial<Supplier> = {}): Supplier {
  const { supplier: created } = registerSupplier(
    { id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司' },
    { at: AT, actor: supervisor },
  )._unsafeUnwrap();
  return { ...created, ...overrides };
}

export function contract(overrides: Record<string, unknown> = {}): PurchaseContract {
  return signPurchaseContract(
    {
      id: 'pc_2026_faw',
      supplierId: 'sup_faw',
      contractNumber: 'HT-2026-001',
      currency: 'CNY',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      priceAgreements: [
        { partNumber: filter.partNumber, unitPrice: cny('36.00') },
        { partNumber: oil.partNumber, unitPrice: cny('42.00') },
      ],
      paymentTerms: { basis: 'invoice-date', dueDays: 30 },
      returnTerms: { returnWindowDays: 30, replacesDefective: true, restockingFeePercent: '0' },
      ...overrides,
    } as never,
    { at: AT, actor: supervisor },
  )._unsafeUnwrap().contract;
}

/** Two lines within the contract: 20 filters at 36.00, 8 litres of oil at 42.00. */
export function orderInput(overrides: Partial<PurchaseOrderInput> = {}): PurchaseOrderInput {
  return {
    id: 'po_1',
    supplierId: 'sup_faw',
    locationId: 'wh-main',
    lines: [
      { partId: filter.id, quantity: '20', unitPrice: cny('36.00'), promisedDate: '2026-03-05' },
      { partId: oil.id, quantity: '8', unitPrice: cny('42.00'), promisedDate: '2026-03-06' },
    ],
    ...overrides,
  };
}

export function draftOrder(overrides: Partial<PurchaseOrderInput> = {}): PurchaseOrder {
  return createPurchaseOrder(
    orderInput(overrides),
    { supplier: supplier(), contract: contract(), catalogue },
    { at: AT, actor: clerk },
  )._unsafeUnwrap().order;
}

export function sentOrder(overrides: Partial<PurchaseOrderInput> = {}): PurchaseOrder {
  const options = { supplier: supplier() };
  const approved = transitionPurchaseOrder(
    draftOrder(overrides),
    { type: 'approve', at: AT, actor: supervisor },
    options,
  )._unsafeUnwrap().order;
  return transitionPurchaseOrder(
    approved,
    { type: 'send', at: AT, actor: clerk },
    options,
  )._unsafeUnwrap().order;
}

export function receive(
  order: PurchaseOrder,
  id: string,
  lines: readonly {
    lineNo: number;
    accepted: string;
    rejected: string;
    rejectionReason?: string;
  }[],
  at: Instant = dayAt(3),
): { order: PurchaseOrder; receipt: GoodsReceipt } {
  const change = recordGoodsReceipt(
    order,
    { id, purchaseOrderId: order.id, lines: [...lines] },
    { at, actor: clerk },
  )._unsafeUnwrap();
  return { order: change.order, receipt: change.receipt };
}
