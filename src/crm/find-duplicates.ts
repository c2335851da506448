import { validateMobilePhone, validateVin } from '../shared/index';
import type { Customer } from './customer-schema';
import type { CustomerId, VehicleId } from './ids';
import type { Vehicle } from './vehicle-schema';

/**
 * Why records look like duplicates: the same normalised mobile number, or
 * the same VIN.
 *
 * @example
 * ```ts
 * const reason: DuplicateReason = 'same-vin';
 * ```
 * @category crm
 * @see §7.1.3
 */
export type DuplicateReason = 'same-mobile-phone' | 'same-vin';

/**
 * A suggestion to merge records (合并建议, §7.1.3): which ids, why, and the
 * suggested survivor — the oldest record, which has the longest history.
 * Ids only: a suggestion can be logged or queued without exposing data.
 *
 * @example
 * ```ts
 * const suggestion: MergeSuggestion = {
 *   kind: 'customers', ids: ['cus_1', 'cus_7'], survivorId: 'cus_1', reasons: ['same-mobile-phone'],
 * };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type MergeSuggestion =
  | {
      readonly kind: 'customers';
      readonly ids: readonly CustomerId[];
      readonly survivorId: CustomerId;
      readonly reasons: readonly DuplicateReason[];
    }
  | {
      readonly kind: 'vehicles';
      readonly ids: readonly VehicleId[];
      readonly survivorId: VehicleId;
      readonly reasons: readonly DuplicateReason[];
    };

/** Phones are stored normalised, but records from older systems may not be. */
function phoneKey(phone: unknown): string | undefined {
  const valid = validateMobilePhone(phone);
  return valid.isOk() ? valid.value : undefined;
}

function vinKey(vin: unknown): string | undefined {
  const valid = validateVin(vin);
  if (valid.isOk()) return valid.value;
  return typeof vin === 'string' && vin.trim() !== '' ? vin.trim().toUpperCase() : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

type Dated = { readonly id: string; readonly createdAt: string };

function oldestFirst<T extends Dated>(records: readonly T[]): T[] {
  return [...records].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Joins customer groups that share a member (union-find over ids). */
function unionGroups(groups: readonly (readonly string[])[]): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const group of groups) {
    for (const id of group) if (!parent.has(id)) parent.set(id, id);
    for (const id of group.slice(1)) parent.set(find(id), find(group[0] ?? id));
  }
  const joined = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = joined.get(root);
    if (members === undefined) joined.set(root, [id]);
    else members.push(id);
  }
  return [...joined.values()];
}

/**
 * Finds likely duplicates (§7.1.3 "keep it current"): customers with the
 * same normalised mobile number (`+86 138-1234-5678` equals `13812345678`),
 * vehicles with the same VIN, and customers who own vehicles with the same
 * VIN. Overlapping customer groups are joined. Each suggestion lists its ids
 * oldest first; the oldest is the suggested survivor. Merging is left to
 * the host: a car sold to a new owner also shares a VIN with its former
 * owner, so a suggestion is never applied automatically. Output order is
 * deterministic.
 *
 * @param customers - the customers to compare
 * @param vehicles - their vehicles (optional)
 * @returns merge suggestions, customers first, each ordered by survivor id
 * @example
 * ```ts
 * findMergeSuggestions([zhang, zhangAgain], []);
 * // [{ kind: 'customers', ids: ['cus_1', 'cus_9'], survivorId: 'cus_1', reasons: ['same-mobile-phone'] }]
 * ```
 * @category crm
 * @see §7.1.3
 */
export function findMergeSuggestions(
  customers: readonly Customer[],
  vehicles: readonly Vehicle[] = [],
): readonly MergeSuggestion[] {
  const byPhone = groupBy(customers, (customer) => phoneKey(customer.mobilePhone));
  const byVin = groupBy(vehicles, (vehicle) => vinKey(vehicle.vin));
  const known = new Map(customers.map((customer) => [customer.id as string, customer]));
  const phoneGroups = byPhone.map((group) => group.map((customer) => customer.id as string));
  const vinOwnerGroups = byVin
    .map((group) => [...new Set(group.map((vehicle) => vehicle.customerId as string))])
    .map((owners) => owners.filter((id) => known.has(id)))
    .filter((owners) => owners.length > 1);
  const inPhone = new Set(phoneGroups.flat());
  const inVin = new Set(vinOwnerGroups.flat());

  const customerSuggestions = unionGroups([...phoneGroups, ...vinOwnerGroups]).map(
    (ids): MergeSuggestion => {
      const ordered = oldestFirst(ids.map((id) => known.get(id) as Customer));
      const reasons: DuplicateReason[] = [];
      if (ids.some((id) => inPhone.has(id))) reasons.push('same-mobile-phone');
      if (ids.some((id) => inVin.has(id))) reasons.push('same-vin');
      const sortedIds = ordered.map((customer) => customer.id);
      return { kind: 'customers', ids: sortedIds, survivorId: sortedIds[0] as CustomerId, reasons };
    },
  );
  const vehicleSuggestions = byVin.map((group): MergeSuggestion => {
    const ids = oldestFirst(group).map((vehicle) => vehicle.id);
    return { kind: 'vehicles', ids, survivorId: ids[0] as VehicleId, reasons: ['same-vin'] };
  });
  const bySurvivor = (a: MergeSuggestion, b: MergeSuggestion) =>
    a.survivorId < b.survivorId ? -1 : a.survivorId > b.survivorId ? 1 : 0;
  return [...customerSuggestions.sort(bySurvivor), ...vehicleSuggestions.sort(bySurvivor)];
}

/**
 * The existing customers a new record would duplicate — for reception to
 * check before creating one (§7.1.3): customers with the same normalised
 * mobile number, and owners of a vehicle with the same VIN. Ids only, in
 * input order.
 *
 * @param candidate - the mobile number and/or VIN being entered (raw input is fine)
 * @example
 * ```ts
 * findExistingCustomers({ mobilePhone: '138 1234 5678' }, customers, vehicles); // ['cus_1']
 * ```
 * @category crm
 * @see §7.1.3
 */
export function findExistingCustomers(
  candidate: { readonly mobilePhone?: unknown; readonly vin?: unknown },
  customers: readonly Customer[],
  vehicles: readonly Vehicle[] = [],
): readonly CustomerId[] {
  const phone = phoneKey(candidate.mobilePhone);
  const vin = candidate.vin === undefined ? undefined : vinKey(candidate.vin);
  const owners = new Set(
    vehicles.filter((v) => vin !== undefined && vinKey(v.vin) === vin).map((v) => v.customerId),
  );
  return customers
    .filter((c) => (phone !== undefined && phoneKey(c.mobilePhone) === phone) || owners.has(c.id))
    .map((customer) => customer.id);
}
