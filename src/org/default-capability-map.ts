import type { Capability, CapabilityMap } from './capabilities';
import { freezeRoleTable } from './role-table';
import type { Role } from './roles';

// Every employee reports incidents: §9.1.2 makes incident reporting a rule
// for all staff and §2.2.6(1) has every post follow the company's rules.
// Every employee may also propose improvements: §12.2.3 turns staff ideas
// into results.
const EVERYONE: readonly Capability[] = ['incident.report', 'improvement-proposal.submit'];

const table: Readonly<Record<Role, readonly Capability[]>> = {
  'service-manager': [
    'policy.change', // §2.2.1(2) sets and changes after-sales policy
    'price-list.publish', // §2.2.1(3) takes part in setting parts prices
    'discount-override.approve', // §2.2.1(2)(3) policy and pricing authority
    'price-override.approve', // §5.2(3) manager override for an unlisted item
    'credit.approve', // §3.5(3) exit before full payment needs approved credit
    'employee.manage', // §2.2.1(4) recruitment, training and assessment of staff
    'assessment.record', // §2.2.1(4), §8.3.1 staff assessment
    'team.manage', // §2.2.1(4) staffing of the whole department
    'training-session.manage', // §2.2.1(4) staff training
    'complaint.register', // §7.3.1 a complaint may reach the manager first
    'complaint.handle', // §7.3.2 breached complaints escalate to the manager
    'supplier-payment.approve', // §6.1.5 pays only after the three-way match
    'sales-target.set', // §6.3.1 parts sales plan
    'energy-reading.record', // §10.2(1) energy management
    'improvement-action.manage', // §12.1 corrective and preventive actions
    'improvement-action.verify', // §12.1 verifies that an action worked
    'improvement-proposal.evaluate', // §12.2 evaluates and awards proposals
    ...EVERYONE,
  ],
  'service-advisor': [
    'appointment.manage', // §3.1(2) the advisor arranges a suitable time
    'customer.create', // §2.2.2(3) reception collects customer information
    'customer.update', // §2.2.2(3) and keeps the customer records
    'vehicle.create', // §2.2.2(3)
    'vehicle.update', // §2.2.2(3)
    'repair-order.open', // §2.2.2(4) helps the customer through repair formalities; §3.2(4)
    'estimate.prepare', // §3.2(3) explains estimated cost and time
    'supplementary.record-consent', // §3.3(2) records the customer's approval of added work
    'progress.record', // §3.3(4) reports progress to the customer
    'repair-order.settle', // §3.5(2) computes charges, the detailed fee list
    'payment.record', // §3.5(3) customer pays
    'repair-order.deliver', // §3.5(1)(4) explains the work, returns keys
    'stock.reserve', // §3.1(4) prepares parts for a confirmed appointment
    'complaint.register', // §7.3.1 on-site complaints reach reception first
    ...EVERYONE,
  ],
  'workshop-supervisor': [
    'job.dispatch', // §2.2.3(1) workshop management and staff dispatch
    'team.manage', // §2.2.3(1) staff dispatch includes team composition
    'progress.record', // §2.2.3(1) on-site management; §3.3(4)
    'equipment.manage', // §4.2(5) equipment and tools kept accurate
    'training-session.manage', // §2.2.3(5) organises workshop training
    'waste.record', // §10.3 the workshop generates and stores waste
    'improvement-action.manage', // §12.1.1 product quality
    ...EVERYONE,
  ],
  'team-leader': [
    'job.perform', // §3.3 team leaders also repair
    'progress.record', // §3.3(4)
    'road-test.record', // §3.3(5)
    'inspection.self-check', // §3.4(1) for jobs the leader did personally
    'inspection.team-check', // §3.4(2) level-2 re-check
    ...EVERYONE,
  ],
  technician: [
    'job.perform', // §3.3(1)–(3) inspect, plan, repair
    'progress.record', // §3.3(4)
    'road-test.record', // §3.3(5)
    'inspection.self-check', // §3.4(1) level-1 self-check
    ...EVERYONE,
  ],
  'qc-inspector': [
    'road-test.record', // §3.3(5) road test before final inspection
    'inspection.final-check', // §3.4(3) level-3 final inspection
    'completion-certificate.issue', // §4.1(4) after a passed final inspection
    ...EVERYONE,
  ],
  'warehouse-supervisor': [
    'stock.move', // §2.2.4(1)(5) custody of stock, supplies what service needs
    'stock.reserve', // §2.2.4(5)
    'goods-receipt.record', // §6.1.5 inspect on arrival
    'stocktake.count', // §6.2.3 periodic stocktake
    'stock-adjustment.approve', // §6.2.3, §2.2.4(1) approves adjustments above a threshold
    'purchase-order.create', // §6.1.4
    'purchase-order.approve', // §6.1.4, §2.2.4(1) approves purchase orders
    'supplier.manage', // §6.1.2 choose and evaluate suppliers
    'parts-sale.create', // §6.3.3
    'contract.manage', // §6.1.3 purchase contracts
    'supplier-invoice.record', // §6.1.5 invoice for the three-way match
    'parts-customer.manage', // §6.3.2 parts customer classes and credit
    'parts-sale.approve', // §6.3.3 reviews and confirms sales orders
    'parts-sale.ship', // §6.3.4
    'receivable.record', // §6.3.5 tracks collection
    'improvement-action.manage', // §12.1 stocktake variances
    ...EVERYONE,
  ],
  'parts-clerk': [
    'stock.move', // §2.2.4(5) issues, receipts, returns, transfers
    'stock.reserve', // §3.1(4)
    'goods-receipt.record', // §6.1.5
    'stocktake.count', // §6.2.3
    'purchase-order.create', // §6.1.4 drafts orders for approval
    'parts-sale.create', // §6.3.3
    'supplier-invoice.record', // §6.1.5
    'parts-sale.ship', // §6.3.4
    'receivable.record', // §6.3.5
    ...EVERYONE,
  ],
  'cs-supervisor': [
    'customer.update', // §2.2.5(1) maintains the customer relationship
    'appointment.manage', // §3.1(2) the service line (接线员) books too
    'follow-up.record', // §2.2.5(2) follow-up calls
    'complaint.register', // §2.2.5(4), §7.3.1
    'complaint.handle', // §2.2.5(4)
    'complaint.close', // §2.2.5(4) the CS supervisor is responsible for complaints
    'survey.publish', // §2.2.5(4) and for satisfaction surveys
    'survey-response.record', // §7.2.1
    'improvement-action.manage', // §12.1.2 service improvement from feedback
    ...EVERYONE,
  ],
  'cs-agent': [
    'customer.update', // §2.2.5(1), §7.1.3 keeps contact details and consent current
    'appointment.manage', // §3.1(2)
    'follow-up.record', // §2.2.5(2)
    'complaint.register', // §7.3.1
    'complaint.handle', // §2.2.5(4) under the supervisor's responsibility
    'survey-response.record', // §7.2.1 phone surveys
    ...EVERYONE,
  ],
  'safety-officer': [
    'safety-inspection.record', // §9.1.2 safety inspections and hazards
    'incident.manage', // §9.3.1 investigation, handling, closure
    'emergency-plan.manage', // §9.3.2
    'drill.record', // §9.3.3
    'waste.record', // §10.3(5) hazardous waste storage and transfer
    'energy-reading.record', // §10.2(1)
    'improvement-action.manage', // §12.1.3 incidents and drills
    ...EVERYONE,
  ],
  trainer: [
    'training-session.manage', // §8.1.2 in-service training
    'training-attendance.record', // §8.1.2 attendance per quarter
    'certification.record', // §8.1.3 special training and certification
    ...EVERYONE,
  ],
};

/**
 * The manual's role → capability map (§2.2). Frozen: a host that wants other
 * rules builds its own map ({@link parseCapabilityMap},
 * {@link extendCapabilityMap}) and passes it to {@link can}; nothing changes
 * this one. Notably only the service manager publishes price lists, changes
 * policy and approves discount overrides; only the workshop supervisor
 * dispatches; only the CS supervisor closes complaints and publishes surveys.
 *
 * @example
 * ```ts
 * defaultCapabilityMap['workshop-supervisor']?.includes('job.dispatch'); // true
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.2(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export const defaultCapabilityMap: CapabilityMap = freezeRoleTable(table);
