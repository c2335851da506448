import {
  createSalesOrder,
  defineCustomerClass,
  type PartsCustomer,
  type PartsCustomerClass,
  type Receivable,
  registerPartsCustomer,
  type SalesOrder,
  type SalesOrderContext,
  type SalesOrderInput,
  transitionSalesOrder,
} from '../../../src/parts/sales/index';
import type { Instant, Money } from '../../../src/shared/index';
import { actor, catalogue, clerk, filter, oil, pads, post, receipt, supervisor } from '../fixtures';

export { actor, catalogue, clerk, filter, oil, pads, supervisor };

export const at = (iso: string) => iso as Instant;
/** 2026-11-27 10:00 in Asia/Shanghai. */
export const AT = at('2026-11-27T02:00:00.000Z');
export const manager = actor('emp_mgr', ['service-manager']);
export const advisor = actor('emp_sa', ['service-advisor']);

export const cny = (amount: string): Money => ({ amount, currency: 'CNY' }) as Money;

export const fleet: PartsCustomerClass = defineCustomerClass(
  {
    id: 'pcc_fleet',
    code: 'fleet',
    kind: 'fleet',
    priceLevel: { kind: 'discount', rate: '0.12' },
    creditLimit: cny('1000.00'),
    paymentTermsDays: 30,
  },
  { at: AT, actor: supervisor },
)._unsafeUnwrap().value;

export const insurance: PartsCustomerClass = defineCustomerClass(
  {
    id: 'pcc_insurance',
    code: 'INS',
    kind: 'insurance',
    priceLevel: { kind: 'price-list', priceListId: 'pl_insurance' },
    creditLimit: cny('50000.00'),
    paymentTermsDays: 60,
  },
  { at: AT, actor: supervisor },
)._unsafeUnwrap().value;

export const customer: PartsCustomer = registerPartsCustomer(
  { id: 'pcu_1', code: 'c0001', classId: 'pcc_fleet' },
  fleet,
  { at: AT, actor: supervisor },
)._unsafeUnwrap().value;

/** 10 filters, 20 litres of oil and 4 brake pad sets at wh-main. */
export const stocked = post([
  receipt({ quantity: '10' }),
  receipt({ partId: oil.id, unit: 'litre', quantity: '20', unitCost: cny('45.50') }),
  receipt({ partId: pads.id, quantity: '4', unitCost: cny('260.00') }),
]);

export function orderInput(overrides: Partial<SalesOrderInput> = {}): SalesOrderInput {
  return {
    id: 'so_1',
    customerId: 'pcu_1',
    lines: [
      {
        partId: filter.id,
        locationId: 'wh-main',
        unit: 'piece',
        quantity: '2',
        listUnitPrice: cny('60.00'),
        promisedDate: '2026-11-30',
      },
      {
        partId: pads.id,
        locationId: 'wh-main',
        unit: 'piece',
        quantity: '1',
        listUnitPrice: cny('420.00'),
        promisedDate: '2026-12-02',
      },
    ],
    ...overrides,
  };
}

/** A draft order for the fleet customer: 2 filters at 52.80 and 1 pad set at 369.60 = 475.20. */
export function draftOrder(overrides: Partial<SalesOrderInput> = {}): SalesOrder {
  return createSalesOrder(
    orderInput(overrides),
    { customer, customerClass: fleet },
    {
      at: AT,
      actor: clerk,
    },
  )._unsafeUnwrap().order;
}

export function context(overrides: Partial<SalesOrderContext> = {}): SalesOrderContext {
  return {
    ledger: stocked,
    catalogue,
    review: { customer, customerClass: fleet, openReceivables: cny('0.00') },
    ...overrides,
  };
}

/** Submits and confirms a draft; returns the order and ledger. */
export function confirmedOrder(overrides: Partial<SalesOrderInput> = {}): {
  order: SalesOrder;
  ledger: SalesOrderContext['ledger'];
} {
  const submitted = transitionSalesOrder(
    draftOrder(overrides),
    { type: 'submit', at: AT, actor: clerk },
    context(),
  )._unsafeUnwrap();
  const confirmed = transitionSalesOrder(
    submitted.order,
    { type: 'confirm', at: AT, actor: clerk },
    context(),
  )._unsafeUnwrap();
  return { order: confirmed.order, ledger: confirmed.ledger };
}

/** An open receivable of 475.20 for pcu_1, due 2026-12-27. */
export function receivable(overrides: Partial<Receivable> = {}): Receivable {
  return {
    id: 'ar_1',
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    customerId: 'pcu_1',
    orderId: 'so_1',
    shipmentId: 'shp_1',
    amount: cny('475.20'),
    paid: cny('0.00'),
    outstanding: cny('475.20'),
    issueDate: '2026-11-27',
    dueDate: '2026-12-27',
    payments: [],
    status: 'open',
    ...overrides,
  } as Receivable;
}
