import { ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  InstantSchema,
  idSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import type { RejectedRecord } from './kpi';
import { type Accepted, rejectRecord, screenRecords } from './records';

/**
 * The value of the stock on hand at one instant (库存金额), e.g. parts'
 * `computeInventoryValue` taken at each month end: the samples of a period
 * are averaged for inventory turnover.
 *
 * @example
 * ```ts
 * const snapshot = { id: 'inv_2026_03', at: '2026-03-31T15:59:59.000Z', value: { amount: '182340.50', currency: 'CNY' } };
 * ```
 * @category analytics
 * @see §11.2.2
 * @see §6.2.4
 */
export const InventorySnapshotSchema = z.object({
  id: idSchema<'InventorySnapshot'>(),
  at: InstantSchema,
  value: MoneySchema,
});

/**
 * A parsed {@link InventorySnapshotSchema}.
 *
 * @example
 * ```ts
 * const snapshots: InventorySnapshot[] = [{ id: 'inv_1', at, value: { amount: '200000.00', currency: 'CNY' } }] as InventorySnapshot[];
 * ```
 * @category analytics
 * @see §11.2.2
 */
export type InventorySnapshot = z.infer<typeof InventorySnapshotSchema>;

const parseSnapshot = (input: unknown) => parseWith(InventorySnapshotSchema, input, '§11.2.1');

/** Parses snapshots and keeps those in the currency; the others are rejected. */
export function inventorySnapshotsOf(
  snapshots: unknown,
  currency: string,
): Result<
  {
    readonly accepted: readonly Accepted<InventorySnapshot>[];
    readonly counted: readonly Accepted<InventorySnapshot>[];
    readonly rejected: readonly RejectedRecord[];
  },
  ValidationError
> {
  return screenRecords('snapshots', snapshots, parseSnapshot).andThen((screened) => {
    const rejected = [...screened.rejected];
    const counted = screened.accepted.filter(({ index, record }) => {
      if (record.value.currency === currency) return true;
      rejected.push(rejectRecord('snapshots', index, record.id, 'currency_mismatch', null));
      return false;
    });
    return ok({ accepted: screened.accepted, counted, rejected });
  });
}
