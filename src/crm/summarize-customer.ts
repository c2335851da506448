import type { Result } from 'neverthrow';
import type { Instant, Money, MoneyArithmeticError } from '../shared/index';
import type { Complaint } from './complaint-schema';
import { type CrmConfig, defaultCrmConfig } from './config';
import type { Customer } from './customer-schema';
import type { DeliveredRepairOrder } from './delivered-repair-order';
import type { CustomerId } from './ids';
import { measureCustomerActivity, type RfmScore, scoreRfm } from './score-rfm';
import type { Vehicle } from './vehicle-schema';

/**
 * A customer's profile summary (客户画像概要, §7.1.2): visits, total spend,
 * first and last visit, number of vehicles, open complaints, and the RFM
 * score with its segment. No personal data, so it can be shown to any role.
 *
 * @example
 * ```ts
 * const summary: CustomerSummary = summarizeCustomer(input, at)._unsafeUnwrap();
 * summary.openComplaints; // 1
 * ```
 * @category crm
 * @see §7.1.2
 */
export interface CustomerSummary {
  readonly customerId: CustomerId;
  readonly visits: number;
  readonly spend: Money;
  readonly firstVisitAt: Instant | null;
  readonly lastVisitAt: Instant | null;
  readonly vehicleCount: number;
  readonly openComplaints: number;
  readonly rfm: RfmScore;
}

/**
 * Summarises a customer for their profile (§7.1.2). The lists may hold
 * other customers' records (e.g. a whole day's deliveries): only this
 * customer's are counted. A complaint is open until it is closed.
 *
 * Errors: `currency_mismatch`, `money_out_of_range` (from the spend sums).
 *
 * @example
 * ```ts
 * summarizeCustomer({ customer, vehicles, deliveries, complaints }, at)._unsafeUnwrap().rfm.segment; // 'loyal'
 * ```
 * @category crm
 * @see §7.1.2
 */
export function summarizeCustomer(
  input: {
    readonly customer: Customer;
    readonly vehicles: readonly Vehicle[];
    readonly deliveries: readonly DeliveredRepairOrder[];
    readonly complaints: readonly Complaint[];
  },
  asOf: Instant,
  config: CrmConfig = defaultCrmConfig,
): Result<CustomerSummary, MoneyArithmeticError> {
  const { customer } = input;
  return measureCustomerActivity(customer.id, input.deliveries, asOf, config).andThen((activity) =>
    scoreRfm(activity, config.rfm).map((rfm) => ({
      customerId: customer.id,
      visits: activity.visits,
      spend: activity.spend,
      firstVisitAt: activity.firstVisitAt,
      lastVisitAt: activity.lastVisitAt,
      vehicleCount: input.vehicles.filter((vehicle) => vehicle.customerId === customer.id).length,
      openComplaints: input.complaints.filter(
        (complaint) => complaint.customerId === customer.id && complaint.status !== 'closed',
      ).length,
      rfm,
    })),
  );
}
