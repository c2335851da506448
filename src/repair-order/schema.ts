import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { QuoteSchema } from '../pricing/index';
import { InspectionReportIdSchema } from '../quality/index';
import {
  ContactChannelSchema,
  entityBaseShape,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { CustodySchema } from './custody-schema';
import { CustomerRefSchema, RepairOrderIdSchema, VehicleRefSchema } from './ids';
import { JobSchema } from './job-schema';
import {
  CreditApprovalSchema,
  DeliverySchema,
  ExitPassSchema,
  PaymentSchema,
  SettlementSchema,
} from './payment-schema';
import { ReceptionFormSchema } from './reception-schema';
import { CodeSchema, TextSchema } from './values';
import {
  DeferredRecommendationSchema,
  MultipointItemSchema,
  ProgressEntrySchema,
  SupplementaryEstimateSchema,
} from './work-schema';

/**
 * The statuses of a repair order, in the order of §4.3(1)–(6): reception
 * (接车) → diagnosis (诊断) → plan and estimate approved → in progress
 * (维修作业, with waiting-for-parts and waiting-for-approval) → quality check
 * (质量检验) → ready for delivery → delivered (交车) → closed; or cancelled.
 *
 * @example
 * ```ts
 * REPAIR_ORDER_STATUSES.indexOf('quality-check') < REPAIR_ORDER_STATUSES.indexOf('delivered'); // true
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export const REPAIR_ORDER_STATUSES = [
  'reception',
  'diagnosis',
  'approved',
  'in-progress',
  'waiting-for-parts',
  'waiting-for-approval',
  'quality-check',
  'ready-for-delivery',
  'delivered',
  'closed',
  'cancelled',
] as const;

/**
 * Schema of a {@link RepairOrderStatus}.
 *
 * @example
 * ```ts
 * RepairOrderStatusSchema.safeParse('in-progress').success; // true
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export const RepairOrderStatusSchema = z.enum(REPAIR_ORDER_STATUSES);

/**
 * A repair-order status.
 *
 * @example
 * ```ts
 * const status: RepairOrderStatus = 'in-progress';
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export type RepairOrderStatus = z.infer<typeof RepairOrderStatusSchema>;

/**
 * The customer's approval of the repair plan and its estimate (§4.3(3)).
 *
 * @example
 * ```ts
 * order.planApproval?.estimate.total; // the approved estimate
 * ```
 * @category repair-order
 * @see §4.3(3)
 * @see §3.2(3)
 */
export const PlanApprovalSchema = z.object({
  at: InstantSchema,
  estimate: QuoteSchema,
  decidedBy: z.enum(['customer', 'authorised-representative']),
  channel: ContactChannelSchema,
  recordedBy: EmployeeIdSchema,
});

/**
 * A parsed {@link PlanApprovalSchema}.
 *
 * @example
 * ```ts
 * const value: PlanApproval = parseWith(PlanApprovalSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §4.3(3)
 */
export type PlanApproval = z.infer<typeof PlanApprovalSchema>;

/**
 * The passed inspection the order relies on for delivery (§3.4(5)): the
 * quality module's report id and its key facts.
 *
 * @example
 * ```ts
 * order.inspection?.reportId; // 'qcr_1'
 * ```
 * @category repair-order
 * @see §3.4(5)
 */
export const PassedInspectionSchema = z.object({
  reportId: InspectionReportIdSchema,
  passedAt: InstantSchema,
  finalInspectorId: EmployeeIdSchema,
  reworkCount: z.int().check(z.gte(0)),
});

/**
 * A parsed {@link PassedInspectionSchema}.
 *
 * @example
 * ```ts
 * const value: PassedInspection = parseWith(PassedInspectionSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.4(5)
 */
export type PassedInspection = z.infer<typeof PassedInspectionSchema>;

/**
 * A repair order (维修工单): the legal and financial record of what was done
 * to a customer's car — reception form, jobs, supplementary estimates,
 * progress, inspection, settlement, payments, exit pass and delivery. Holds
 * only ids of the customer, vehicle and staff, never personal data.
 * Top-level scalars (`status`, `vehicleId`, `deliveredAt`, `comebackOf`…)
 * are what the repository queries filter and order by.
 *
 * @example
 * ```ts
 * const order = parseRepairOrder(JSON.parse(text))._unsafeUnwrap();
 * order.status; // 'in-progress'
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 * @see §3.2(4)
 */
export const RepairOrderSchema = z.object({
  ...entityBaseShape,
  id: RepairOrderIdSchema,
  status: RepairOrderStatusSchema,
  customerId: CustomerRefSchema,
  vehicleId: VehicleRefSchema,
  advisorId: EmployeeIdSchema,
  reception: ReceptionFormSchema,
  custody: z.nullable(CustodySchema),
  jobs: z.array(JobSchema).check(z.maxLength(100)),
  planApproval: z.nullable(PlanApprovalSchema),
  supplementaries: z.array(SupplementaryEstimateSchema).check(z.maxLength(100)),
  multipoint: z.array(MultipointItemSchema).check(z.maxLength(500)),
  recommendations: z.array(DeferredRecommendationSchema).check(z.maxLength(1000)),
  progress: z.array(ProgressEntrySchema).check(z.maxLength(1000)),
  workStartedAt: z.nullable(InstantSchema),
  partsWait: z.nullable(
    z.object({
      since: InstantSchema,
      reason: TextSchema,
      partNumbers: z.array(CodeSchema).check(z.maxLength(100)),
    }),
  ),
  inspection: z.nullable(PassedInspectionSchema),
  settlement: z.nullable(SettlementSchema),
  payments: z.array(PaymentSchema).check(z.maxLength(200)),
  credit: z.nullable(CreditApprovalSchema),
  exitPass: z.nullable(ExitPassSchema),
  delivery: z.nullable(DeliverySchema),
  deliveredAt: z.nullable(InstantSchema),
  closedAt: z.nullable(InstantSchema),
  comebackOf: z.nullable(RepairOrderIdSchema),
  cancellation: z.nullable(
    z.object({ at: InstantSchema, by: EmployeeIdSchema, reason: TextSchema }),
  ),
});

/**
 * A parsed {@link RepairOrderSchema}.
 *
 * @example
 * ```ts
 * const value: RepairOrder = parseWith(RepairOrderSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export type RepairOrder = z.infer<typeof RepairOrderSchema>;

/**
 * Parses a repair order at the boundary (read back from storage, received
 * from another system). Never throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseRepairOrder({ id: 'ro_1' }).isErr(); // true: fields missing
 * ```
 * @returns the order, or `validation_failed` listing every issue
 * @category repair-order
 * @see §3.2(4)
 */
export function parseRepairOrder(input: unknown): Result<RepairOrder, ValidationError> {
  return parseWith(RepairOrderSchema, input);
}
