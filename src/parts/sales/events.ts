import {
  type CalendarDate,
  type DomainEvent,
  domainEvent,
  type Instant,
  type Money,
} from '../../shared/index';

/**
 * The payload of every parts sales event, by type. Ids, codes, amounts and
 * dates only — never a customer's name or phone — so events can go to
 * queues and logs.
 *
 * @example
 * ```ts
 * type Confirmed = PartsSalesEventPayloads['parts.sales-order-confirmed'];
 * ```
 * @category parts
 * @see §6.3.3
 * @see X-5
 */
export interface PartsSalesEventPayloads {
  readonly 'parts.customer-class-defined': {
    readonly classId: string;
    readonly code: string;
    readonly actorId: string;
  };
  readonly 'parts.customer-class-updated': {
    readonly classId: string;
    readonly changedFields: readonly string[];
    readonly actorId: string;
  };
  readonly 'parts.customer-registered': {
    readonly customerId: string;
    readonly classId: string;
    readonly actorId: string;
  };
  readonly 'parts.customer-reclassified': {
    readonly customerId: string;
    readonly fromClassId: string;
    readonly toClassId: string;
    readonly actorId: string;
  };
  readonly 'parts.customer-terms-changed': {
    readonly customerId: string;
    readonly changedFields: readonly string[];
    readonly status: string;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-created': {
    readonly orderId: string;
    readonly customerId: string;
    readonly classId: string;
    readonly total: Money;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-submitted': {
    readonly orderId: string;
    readonly total: Money;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-confirmed': {
    readonly orderId: string;
    readonly customerId: string;
    readonly total: Money;
    readonly creditOverride: boolean;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-rejected': {
    readonly orderId: string;
    readonly reason: string;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-cancelled': { readonly orderId: string; readonly actorId: string };
  readonly 'parts.sales-order-shipped': {
    readonly orderId: string;
    readonly shipmentId: string;
    readonly amount: Money;
    readonly onTime: boolean;
    readonly complete: boolean;
    readonly actorId: string;
  };
  readonly 'parts.sales-order-closed': {
    readonly orderId: string;
    readonly shortClosed: boolean;
    readonly actorId: string;
  };
  readonly 'parts.receivable-recorded': {
    readonly receivableId: string;
    readonly customerId: string;
    readonly shipmentId: string;
    readonly amount: Money;
    readonly dueDate: CalendarDate;
  };
  readonly 'parts.payment-applied': {
    readonly receivableId: string;
    readonly paymentId: string;
    readonly customerId: string;
    readonly amount: Money;
    readonly outstanding: Money;
    readonly actorId: string;
  };
  readonly 'parts.receivable-settled': {
    readonly receivableId: string;
    readonly customerId: string;
  };
  readonly 'parts.sales-target-set': {
    readonly targetId: string;
    readonly period: string;
    readonly classId: string | null;
    readonly amount: Money;
    readonly actorId: string;
  };
}

/**
 * Every parts sales event type, `parts.<thing>-<past-tense verb>`.
 *
 * @example
 * ```ts
 * const type: PartsSalesEventType = 'parts.sales-order-shipped';
 * ```
 * @category parts
 * @see X-5
 */
export type PartsSalesEventType = keyof PartsSalesEventPayloads;

/**
 * One parts sales domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: PartsSalesEvent) {
 *   if (event.type === 'parts.receivable-recorded') schedule(event.payload.dueDate);
 * }
 * ```
 * @category parts
 * @see X-5
 */
export type PartsSalesEvent = {
  [T in PartsSalesEventType]: DomainEvent<T, PartsSalesEventPayloads[T]>;
}[PartsSalesEventType];

const AGGREGATES: Readonly<Record<PartsSalesEventType, string>> = {
  'parts.customer-class-defined': 'parts-customer-class',
  'parts.customer-class-updated': 'parts-customer-class',
  'parts.customer-registered': 'parts-customer',
  'parts.customer-reclassified': 'parts-customer',
  'parts.customer-terms-changed': 'parts-customer',
  'parts.sales-order-created': 'sales-order',
  'parts.sales-order-submitted': 'sales-order',
  'parts.sales-order-confirmed': 'sales-order',
  'parts.sales-order-rejected': 'sales-order',
  'parts.sales-order-cancelled': 'sales-order',
  'parts.sales-order-shipped': 'sales-order',
  'parts.sales-order-closed': 'sales-order',
  'parts.receivable-recorded': 'receivable',
  'parts.payment-applied': 'receivable',
  'parts.receivable-settled': 'receivable',
  'parts.sales-target-set': 'sales-target',
};

/**
 * Builds a frozen parts sales event. Internal helper of the module's policies.
 *
 * @example
 * ```ts
 * salesEvent('parts.sales-order-cancelled', 'so_1', at, { orderId: 'so_1', actorId: 'emp_1' });
 * ```
 * @internal
 * @category parts
 * @see X-5
 */
export function salesEvent<T extends PartsSalesEventType>(
  type: T,
  aggregateId: string,
  at: Instant,
  payload: PartsSalesEventPayloads[T],
): PartsSalesEvent {
  return domainEvent(type, {
    aggregateType: AGGREGATES[type],
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as unknown as PartsSalesEvent;
}
