import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  differenceInCalendarDays,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { defaultEnvironmentConfig, type EnvironmentConfig } from './config';
import type { WasteLot } from './waste-lot-schema';

/**
 * The last day a hazardous lot may stay on site: the day it was generated
 * plus `hazardousStorageLimitDays` (365 by default, REG-6). Counting from
 * generation rather than from entry into the store is the stricter reading:
 * waste waiting in the workshop is already stored on site. `null` for
 * waste that is not hazardous.
 *
 * @example
 * ```ts
 * hazardousStorageDeadline(lot); // '2027-03-02' for a lot generated on 2026-03-02
 * ```
 * @category environment
 * @see REG-6
 * @see §10.3(5)
 */
export function hazardousStorageDeadline(
  lot: Pick<WasteLot, 'hazardous' | 'generatedOn'>,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): CalendarDate | null {
  return lot.hazardous ? addCalendarDays(lot.generatedOn, config.hazardousStorageLimitDays) : null;
}

/**
 * A hazardous lot still on site that is over its storage limit
 * (`overdue`: the date is after its deadline) or due within the warning
 * window (`due`), with the days left (negative when overdue).
 *
 * @example
 * ```ts
 * const due: StorageLimitStatus = listHazardousStorageDue(lots, on)._unsafeUnwrap()[0];
 * due.state; // 'overdue'
 * ```
 * @category environment
 * @see REG-6
 */
export interface StorageLimitStatus {
  readonly lotId: WasteLot['id'];
  readonly category: WasteLot['category'];
  readonly hazardousClass: string | null;
  readonly status: 'generated' | 'stored';
  readonly generatedOn: CalendarDate;
  readonly deadline: CalendarDate;
  readonly daysLeft: number;
  readonly state: 'overdue' | 'due';
}

const OptionsSchema = z.object({
  on: CalendarDateSchema,
  withinDays: z.optional(z.int().check(z.gte(0), z.lte(3650))),
});

/**
 * The hazardous lots not yet transferred that, on dealer-local date `on`,
 * are over the storage limit or reach it within `withinDays` (default
 * `storageDueWithinDays`, 30) — what must be booked for transfer now
 * (REG-6, §10.3(5)). Ordered by deadline, then lot id. Transferred and
 * ordinary lots are never listed.
 *
 * Errors: `validation_failed` (a malformed date or window).
 *
 * @example
 * ```ts
 * const due = listHazardousStorageDue(lots, { on: '2027-02-20' as CalendarDate, withinDays: 14 })._unsafeUnwrap();
 * due.filter((d) => d.state === 'overdue');
 * ```
 * @category environment
 * @see REG-6
 * @see §10.3(5)
 */
export function listHazardousStorageDue(
  lots: readonly WasteLot[],
  options: { readonly on: CalendarDate; readonly withinDays?: number },
  config: EnvironmentConfig = defaultEnvironmentConfig,
): Result<readonly StorageLimitStatus[], ValidationError> {
  return parseWith(OptionsSchema, options, 'REG-6').map(({ on, withinDays }) => {
    const window = withinDays ?? config.storageDueWithinDays;
    const found: StorageLimitStatus[] = [];
    for (const lot of lots) {
      const deadline = hazardousStorageDeadline(lot, config);
      if (deadline === null || lot.status === 'transferred') continue;
      const daysLeft = differenceInCalendarDays(deadline, on);
      if (daysLeft > window) continue;
      found.push({
        lotId: lot.id,
        category: lot.category,
        hazardousClass: lot.hazardousClass,
        status: lot.status,
        generatedOn: lot.generatedOn,
        deadline,
        daysLeft,
        state: daysLeft < 0 ? 'overdue' : 'due',
      });
    }
    return found.sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0),
    );
  });
}
