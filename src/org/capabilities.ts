import * as z from 'zod/mini';
import type { Role } from './roles';

/**
 * Every step the manual ties to a role, as `noun.verb` names. Commands of
 * other modules check one of these with {@link can} or {@link authorize}.
 * Grouped by the role that §2.2 (or a later chapter) names for the step.
 *
 * @example
 * ```ts
 * CAPABILITIES.includes('job.dispatch'); // true
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export const CAPABILITIES = [
  // Service manager, §2.2.1
  'policy.change',
  'price-list.publish',
  'discount-override.approve',
  'price-override.approve',
  'credit.approve',
  'employee.manage',
  'assessment.record',
  // Reception, §2.2.2 and §3.1, §3.2, §3.5
  'appointment.manage',
  'customer.create',
  'customer.update',
  'vehicle.create',
  'vehicle.update',
  'repair-order.open',
  'estimate.prepare',
  'supplementary.record-consent',
  'progress.record',
  'repair-order.settle',
  'payment.record',
  'repair-order.deliver',
  // Workshop, §2.2.3 and §3.3, §3.4, §4
  'job.dispatch',
  'team.manage',
  'job.perform',
  'road-test.record',
  'inspection.self-check',
  'inspection.team-check',
  'inspection.final-check',
  'completion-certificate.issue',
  'equipment.manage',
  // Warehouse, §2.2.4 and §6
  'stock.move',
  'stock.reserve',
  'goods-receipt.record',
  'stocktake.count',
  'stock-adjustment.approve',
  'purchase-order.create',
  'purchase-order.approve',
  'supplier.manage',
  'parts-sale.create',
  'contract.manage',
  'supplier-invoice.record',
  'supplier-payment.approve',
  'parts-customer.manage',
  'parts-sale.approve',
  'parts-sale.ship',
  'receivable.record',
  'sales-target.set',
  // Customer service, §2.2.5 and §7
  'follow-up.record',
  'complaint.register',
  'complaint.handle',
  'complaint.close',
  'survey.publish',
  'survey-response.record',
  // Training, §8
  'training-session.manage',
  'training-attendance.record',
  'certification.record',
  // Safety, §9
  'safety-inspection.record',
  'incident.report',
  'incident.manage',
  'emergency-plan.manage',
  'drill.record',
  // Environment, §10
  'waste.record',
  'energy-reading.record',
  // Improvement, §12 (every employee may propose, see the default map)
  'improvement-action.manage',
  'improvement-action.verify',
  'improvement-proposal.submit',
  'improvement-proposal.evaluate',
] as const;

/**
 * Schema of a {@link Capability}.
 *
 * @example
 * ```ts
 * CapabilitySchema.safeParse('complaint.close').success; // true
 * CapabilitySchema.safeParse('complaint.delete').success; // false
 * ```
 * @category org
 */
export const CapabilitySchema = z.enum(CAPABILITIES);

/**
 * One permission (权限) a role can hold, e.g. `'price-list.publish'`.
 *
 * @example
 * ```ts
 * const step: Capability = 'complaint.close';
 * ```
 * @category org
 */
export type Capability = z.infer<typeof CapabilitySchema>;

/**
 * The manual clause that ties each capability to a role: the `clause` of the
 * `forbidden` error {@link authorize} returns when no explicit clause is given.
 *
 * @example
 * ```ts
 * CAPABILITY_CLAUSES['job.dispatch']; // '§2.2.3(1)'
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export const CAPABILITY_CLAUSES: Readonly<Record<Capability, string>> = Object.freeze({
  'policy.change': '§2.2.1(2)',
  'price-list.publish': '§2.2.1(3)',
  'discount-override.approve': '§2.2.1(2)(3)',
  'price-override.approve': '§5.2(3)',
  'credit.approve': '§3.5(3)',
  'employee.manage': '§2.2.1(4)',
  'assessment.record': '§8.3.1',
  'appointment.manage': '§3.1(2)',
  'customer.create': '§2.2.2(3)',
  'customer.update': '§2.2.2(3)',
  'vehicle.create': '§2.2.2(3)',
  'vehicle.update': '§2.2.2(3)',
  'repair-order.open': '§2.2.2(4)',
  'estimate.prepare': '§3.2(3)',
  'supplementary.record-consent': '§3.3(2)',
  'progress.record': '§3.3(4)',
  'repair-order.settle': '§3.5(2)',
  'payment.record': '§3.5(3)',
  'repair-order.deliver': '§3.5(1)',
  'job.dispatch': '§2.2.3(1)',
  'team.manage': '§2.2.3(1)',
  'job.perform': '§3.3(1)',
  'road-test.record': '§3.3(5)',
  'inspection.self-check': '§3.4(1)',
  'inspection.team-check': '§3.4(2)',
  'inspection.final-check': '§3.4(3)',
  'completion-certificate.issue': '§4.1(4)',
  'equipment.manage': '§4.2(5)',
  'stock.move': '§2.2.4(5)',
  'stock.reserve': '§3.1(4)',
  'goods-receipt.record': '§6.1.5',
  'stocktake.count': '§6.2.3',
  'stock-adjustment.approve': '§6.2.3',
  'purchase-order.create': '§6.1.4',
  'purchase-order.approve': '§6.1.4',
  'supplier.manage': '§6.1.2',
  'parts-sale.create': '§6.3.3',
  'contract.manage': '§6.1.3',
  'supplier-invoice.record': '§6.1.5',
  'supplier-payment.approve': '§6.1.5',
  'parts-customer.manage': '§6.3.2',
  'parts-sale.approve': '§6.3.3',
  'parts-sale.ship': '§6.3.4',
  'receivable.record': '§6.3.5',
  'sales-target.set': '§6.3.1',
  'follow-up.record': '§2.2.5(2)',
  'complaint.register': '§7.3.1',
  'complaint.handle': '§2.2.5(4)',
  'complaint.close': '§2.2.5(4)',
  'survey.publish': '§2.2.5(4)',
  'survey-response.record': '§7.2.1',
  'training-session.manage': '§8.1.2',
  'training-attendance.record': '§8.1.2',
  'certification.record': '§8.1.3',
  'safety-inspection.record': '§9.1.2',
  'incident.report': '§9.1.2',
  'incident.manage': '§9.3.1',
  'emergency-plan.manage': '§9.3.2',
  'drill.record': '§9.3.3',
  'waste.record': '§10.3(5)',
  'energy-reading.record': '§10.2(1)',
  'improvement-action.manage': '§12.1.1–§12.1.3',
  'improvement-action.verify': '§12.1.1–§12.1.3',
  'improvement-proposal.submit': '§12.2.1–§12.2.3',
  'improvement-proposal.evaluate': '§12.2.1–§12.2.3',
});

/**
 * Which capabilities each role holds. A role that is absent holds none, so a
 * host map lists only the roles it uses. Build one with
 * {@link parseCapabilityMap} or {@link extendCapabilityMap}; the manual's is
 * {@link defaultCapabilityMap}.
 *
 * @example
 * ```ts
 * const map: CapabilityMap = { 'team-leader': ['job.dispatch'] };
 * ```
 * @category org
 */
export type CapabilityMap = Readonly<Partial<Record<Role, readonly Capability[]>>>;
