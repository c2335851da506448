import { addCalendarDays, type Instant, toDealerDate } from '../shared/index';
import { defaultRepairOrderConfig, type RepairOrderConfig } from './config';
import type { NextService } from './payment-schema';

/**
 * The next-service reminder (保养提醒) given at delivery (§3.5(4)): the
 * configured number of days after the delivery date (in the dealer's time
 * zone) and kilometres after the delivery odometer, whichever comes first;
 * a switched-off interval (`null`) gives `null`.
 *
 * @param deliveredAt - the delivery instant
 * @param odometerKm - the odometer at delivery
 * @param config - intervals and time zone; the defaults are 180 days or 5,000 km
 * @example
 * ```ts
 * computeNextService('2026-03-01T08:00:00.000Z' as Instant, 48210);
 * // { dueDate: '2026-08-28', dueOdometerKm: 53210 }
 * ```
 * @category repair-order
 * @see §3.5(4)
 */
export function computeNextService(
  deliveredAt: Instant,
  odometerKm: number,
  config: RepairOrderConfig = defaultRepairOrderConfig,
): NextService {
  const days = config.nextServiceDays;
  const km = config.nextServiceKm;
  return {
    dueDate:
      days === null ? null : addCalendarDays(toDealerDate(deliveredAt, config.timeZone), days),
    dueOdometerKm: km === null ? null : odometerKm + km,
  };
}
