import type { EmployeeId } from '../org/index';
import type { RepairCategory } from '../quality/index';
import {
  type ContactChannel,
  type DomainEvent,
  domainEvent,
  type Instant,
  type Money,
} from '../shared/index';
import type { CustomerRef, RepairOrderId, VehicleRef } from './ids';
import type { NextService, Payment } from './payment-schema';
import type { RepairOrder, RepairOrderStatus } from './schema';

/**
 * The payload of `repair-order.delivered` (§3.5(5)): what CRM needs to
 * create the follow-up task and the survey invitation, and to schedule the
 * next-service reminder. Ids only — no customer personal data. CRM declares
 * the same shape structurally and does not import this module.
 *
 * @example
 * ```ts
 * const payload: RepairOrderDeliveredPayload = event.payload;
 * payload.nextService.dueOdometerKm; // 55000
 * ```
 * @category repair-order
 * @see §3.5(4)
 * @see §3.5(5)
 * @see X-5
 */
export interface RepairOrderDeliveredPayload {
  readonly status: 'delivered';
  readonly repairOrderId: RepairOrderId;
  readonly customerId: CustomerRef;
  readonly vehicleId: VehicleRef;
  readonly advisorId: EmployeeId;
  readonly deliveredAt: Instant;
  /** A plain array so the payload fits crm's structural `DeliveredRepairOrder` as is. */
  readonly repairCategories: RepairCategory[];
  readonly odometerKm: number;
  readonly nextService: NextService;
  readonly total: Money;
  /** The order this one is a comeback of, or `null`. */
  readonly comebackOf: RepairOrderId | null;
}

/**
 * The payload of each repair-order event type. Every payload also carries
 * the order's `status` after the change.
 *
 * @example
 * ```ts
 * const p: RepairOrderEventPayloads['repair-order.clocked-off'] = { jobId: 'job_1', technicianId: 'emp_t1', minutes: 42 };
 * ```
 * @category repair-order
 * @see X-5
 */
export interface RepairOrderEventPayloads {
  readonly 'repair-order.opened': {
    readonly customerId: CustomerRef;
    readonly vehicleId: VehicleRef;
    readonly advisorId: EmployeeId;
    readonly appointmentId: string | null;
    readonly odometerKm: number;
  };
  readonly 'repair-order.reception-updated': { readonly fields: readonly string[] };
  readonly 'repair-order.estimate-attached': {
    readonly estimateId: string;
    readonly total: Money;
    readonly promisedAt: Instant;
  };
  readonly 'repair-order.reception-acknowledged': { readonly method: string };
  readonly 'repair-order.custody-recorded': {
    readonly keys: number;
    readonly documents: readonly string[];
  };
  readonly 'repair-order.comeback-linked': { readonly originalId: RepairOrderId };
  readonly 'repair-order.job-added': {
    readonly jobId: string;
    readonly repairCategory: RepairCategory;
    readonly lineIds: readonly string[];
  };
  readonly 'repair-order.finding-recorded': { readonly jobId: string };
  readonly 'repair-order.multipoint-recorded': {
    readonly green: number;
    readonly yellow: number;
    readonly red: number;
  };
  readonly 'repair-order.plan-approved': {
    readonly estimateId: string;
    readonly total: Money;
    readonly channel: ContactChannel;
  };
  readonly 'repair-order.job-dispatched': {
    readonly jobId: string;
    readonly technicianId: string;
    readonly teamId: string;
  };
  readonly 'repair-order.supplementary-proposed': {
    readonly supplementaryId: string;
    readonly jobIds: readonly string[];
    readonly lineIds: readonly string[];
    readonly total: Money;
  };
  readonly 'repair-order.supplementary-decided': {
    readonly supplementaryId: string;
    readonly approvedLineIds: readonly string[];
    readonly declinedLineIds: readonly string[];
    readonly channel: ContactChannel;
  };
  readonly 'repair-order.parts-awaited': { readonly partNumbers: readonly string[] };
  readonly 'repair-order.parts-arrived': Record<string, never>;
  readonly 'repair-order.work-started': Record<string, never>;
  readonly 'repair-order.clocked-on': { readonly jobId: string; readonly technicianId: string };
  readonly 'repair-order.clocked-off': {
    readonly jobId: string;
    readonly technicianId: string;
    readonly minutes: number;
  };
  readonly 'repair-order.job-completed': { readonly jobId: string };
  readonly 'repair-order.road-test-recorded': { readonly jobId: string; readonly passed: boolean };
  readonly 'repair-order.progress-recorded': {
    readonly customerNotified: boolean;
    readonly channel: ContactChannel | null;
  };
  readonly 'repair-order.submitted-for-inspection': {
    readonly jobIds: readonly string[];
    readonly repairCategories: readonly RepairCategory[];
  };
  readonly 'repair-order.rework-required': { readonly jobIds: readonly string[] };
  readonly 'repair-order.ready-for-delivery': { readonly inspectionReportId: string };
  readonly 'repair-order.settled': {
    readonly statementId: string;
    readonly total: Money;
    readonly estimatedTotal: Money;
    readonly differenceCount: number;
  };
  readonly 'repair-order.payment-recorded': {
    readonly paymentId: string;
    readonly kind: Payment['kind'];
    readonly method: Payment['method'];
    readonly amount: Money;
    readonly balance: Money;
  };
  readonly 'repair-order.credit-approved': { readonly amount: Money };
  readonly 'repair-order.exit-pass-issued': { readonly number: string; readonly basis: string };
  readonly 'repair-order.delivered': Omit<RepairOrderDeliveredPayload, 'status'>;
  readonly 'repair-order.closed': Record<string, never>;
  readonly 'repair-order.cancelled': { readonly previousStatus: RepairOrderStatus };
}

/**
 * A repair-order event type, e.g. `'repair-order.delivered'`.
 *
 * @example
 * ```ts
 * const type: RepairOrderEventType = 'repair-order.job-completed';
 * ```
 * @category repair-order
 * @see X-5
 */
export type RepairOrderEventType = keyof RepairOrderEventPayloads;

/**
 * Every event a repair order emits, discriminated by `type`. Hosts
 * save them with the order in one transaction (outbox) and react to them.
 *
 * @example
 * ```ts
 * for (const event of result.events) if (event.type === 'repair-order.delivered') createFollowUp(event.payload);
 * ```
 * @category repair-order
 * @see X-5
 */
export type RepairOrderEvent = {
  readonly [T in RepairOrderEventType]: DomainEvent<
    T,
    RepairOrderEventPayloads[T] & { readonly status: RepairOrderStatus }
  >;
}[RepairOrderEventType];

/**
 * Builds a frozen repair-order event about `order` (the state after the
 * change), stamping its status into the payload.
 *
 * @param type - the event type
 * @param order - the order after the change
 * @param at - the command's instant
 * @param payload - the type's payload
 * @example
 * ```ts
 * repairOrderEvent('repair-order.job-completed', next, command.at, { jobId: 'job_1' }).payload.status;
 * ```
 * @category repair-order
 * @see X-5
 */
export function repairOrderEvent<T extends RepairOrderEventType>(
  type: T,
  order: RepairOrder,
  at: Instant,
  payload: RepairOrderEventPayloads[T],
): RepairOrderEvent {
  return domainEvent(type, {
    aggregateType: 'repair-order',
    aggregateId: order.id,
    at,
    payload: { ...payload, status: order.status },
  }) as RepairOrderEvent;
}
