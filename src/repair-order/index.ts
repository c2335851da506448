/**
 * Repair orders (维修工单): reception with the reception form (接车单),
 * jobs and dispatch, customer-approved supplementary work, progress, road
 * tests, time clocking, the settlement statement (结算清单), payments, exit
 * pass, delivery, the post-repair guarantee and comebacks (§3.2, §3.3, §3.5,
 * §4.3, REG-1–REG-4, X-2, X-3, X-5).
 *
 * Depends on `pricing` (quotes), `quality` (inspection reports, repair
 * categories, REG-1 periods), `org` and `shared`; nothing depends back on it
 * (CRM reads the `repair-order.delivered` payload structurally).
 *
 * @example
 * ```ts
 * import { openRepairOrder, transition, createRepairOrderRepository } from 'aftersales/repair-order';
 * const orders = createRepairOrderRepository(store);
 * const opened = openRepairOrder(input)._unsafeUnwrap();
 * await orders.save(opened.state, { expectedVersion: 0, events: opened.events });
 * const next = transition(opened.state, { type: 'record-custody', at, actor, keys: 1, documents: [] });
 * ```
 * @packageDocumentation
 * @module repair-order
 */
export { checkInspectionReport } from './check-inspection-report';
export { checkPerformedWork } from './check-performed-work';
export type {
  RepairOrderCommand,
  RepairOrderCommandOf,
  RepairOrderCommandType,
} from './commands';
export { parseRepairOrderCommand, RepairOrderCommandSchema } from './commands';
export type { NewJob, NewJobLine } from './commands-planning';
export { NewJobLineSchema, NewJobSchema } from './commands-planning';
export { checkStatementLines, compareWithEstimate } from './compare-with-estimate';
export type { OrderBalance } from './compute-balance';
export { computeBalance, orderCurrency } from './compute-balance';
export type { RepairOrderConfig } from './config';
export {
  defaultRepairOrderConfig,
  parseRepairOrderConfig,
  RepairOrderConfigSchema,
} from './config';
export type {
  ActiveClockOn,
  TransitionContext,
  TransitionOutcome,
  TransitionResult,
} from './context';
export { createRepairOrderRepository } from './create-repair-order-repository';
export type { Custody } from './custody-schema';
export { CUSTODY_DOCUMENTS, CustodySchema } from './custody-schema';
export {
  recommendationsFromDeclined,
  recommendationsFromMultipoint,
} from './deferred-recommendations';
export type {
  RepairOrderError,
  RepairOrderErrorCode,
  RepairOrderErrorData,
  RepairOrderErrorOf,
  RepairOrderOwnError,
} from './errors';
export type {
  RepairOrderDeliveredPayload,
  RepairOrderEvent,
  RepairOrderEventPayloads,
  RepairOrderEventType,
} from './events';
export type { SettlementRequestOptions } from './final-lines';
export { buildSettlementRequest, finalLines, priceSettlement } from './final-lines';
export type { OverdueUpdate } from './find-overdue-updates';
export { findOverdueUpdates } from './find-overdue-updates';
export type { GuaranteeOptions, OrderGuarantee } from './guarantee';
export { checkComeback, findComebackOrigin, guaranteeOf } from './guarantee';
export type {
  AppointmentRef,
  CustomerRef,
  JobId,
  LineId,
  PaymentId,
  RepairOrderId,
  SupplementaryId,
  VehicleRef,
} from './ids';
export {
  AppointmentRefSchema,
  CustomerRefSchema,
  JobIdSchema,
  LineIdSchema,
  PaymentIdSchema,
  RepairOrderIdSchema,
  SupplementaryIdSchema,
  VehicleRefSchema,
} from './ids';
export type {
  Clocking,
  Finding,
  Job,
  JobLine,
  PerformedWork,
  RoadTest,
} from './job-schema';
export {
  ClockingSchema,
  FindingSchema,
  JOB_STATUSES,
  JobLineSchema,
  JobSchema,
  LINE_APPROVALS,
  PerformedWorkSchema,
  RoadTestSchema,
} from './job-schema';
export { transition } from './machine';
export { repairOrderMessages } from './messages';
export { computeNextService } from './next-service';
export type { OpenRepairOrderInput } from './open-repair-order';
export {
  OpenRepairOrderInputSchema,
  openRepairOrder,
  parseOpenRepairOrderInput,
} from './open-repair-order';
export type {
  CreditApproval,
  Delivery,
  EstimateDifference,
  ExitPass,
  NextService,
  Payment,
  Settlement,
} from './payment-schema';
export {
  CreditApprovalSchema,
  DeliverySchema,
  EstimateDifferenceSchema,
  ExitPassSchema,
  NextServiceSchema,
  PAYMENT_METHODS,
  PaymentSchema,
  SettlementSchema,
} from './payment-schema';
export type {
  Concern,
  ConfirmedItem,
  ReceptionForm,
  ReceptionSource,
  WalkAround,
} from './reception-schema';
export {
  ACKNOWLEDGEMENT_METHODS,
  ConcernSchema,
  ConfirmedItemSchema,
  DAMAGE_POSITIONS,
  DAMAGE_TYPES,
  ReceptionFormSchema,
  ReceptionSourceSchema,
  WARNING_LIGHTS,
  WalkAroundSchema,
} from './reception-schema';
export { reconcileStatement } from './reconcile-statement';
export type { RepairOrderRepository } from './repository';
export { REPAIR_ORDER_COLLECTION } from './repository';
export type {
  PassedInspection,
  PlanApproval,
  RepairOrder,
  RepairOrderStatus,
} from './schema';
export {
  PassedInspectionSchema,
  PlanApprovalSchema,
  parseRepairOrder,
  REPAIR_ORDER_STATUSES,
  RepairOrderSchema,
  RepairOrderStatusSchema,
} from './schema';
export type { DeliverySummary } from './summarize-delivery';
export { summarizeDelivery } from './summarize-delivery';
export type { JobTime } from './summarize-job-time';
export { summarizeJobTime } from './summarize-job-time';
export type {
  DeferredRecommendation,
  MultipointItem,
  ProgressEntry,
  SupplementaryDecision,
  SupplementaryEstimate,
} from './work-schema';
export {
  DeferredRecommendationSchema,
  MULTIPOINT_RESULTS,
  MultipointItemSchema,
  ProgressEntrySchema,
  SupplementaryDecisionSchema,
  SupplementaryEstimateSchema,
} from './work-schema';
