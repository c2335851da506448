import { maskField } from '../shared/index';
import type { Actor } from './actor';
import {
  CUSTOMER_FIELDS,
  defaultFieldVisibility,
  type FieldVisibility,
  visibleCustomerFields,
} from './pii-visibility';

/**
 * Returns a copy of a customer-shaped record in which every personal-data
 * field (`name`, `mobilePhone`, `idCardNumber`, `vin`, `licencePlate`,
 * `email`) that the actor's roles may not see is masked; other fields are
 * copied as they are. The input is never changed. Absent fields stay absent.
 *
 * Use it wherever a profile, a list row or a search result is shown to a
 * person: what a technician sees of a customer is not what the service
 * manager sees (§11.3).
 *
 * @param actor - who will see the record
 * @param record - any object whose personal-data fields use the names above
 * @param policy - a host's own visibility table (defaults to {@link defaultFieldVisibility})
 * @returns the record with invisible fields masked (`138****5678`, `张*`, …)
 * @example
 * ```ts
 * const technician = { id: 'emp_9', roles: ['technician'] } as const;
 * maskPersonalData(technician, { name: '张三', mobilePhone: '13812345678', vin: '1M8GDM9AXKP042788' });
 * // { name: '张*', mobilePhone: '138****5678', vin: '1M8GDM9AXKP042788' }
 * ```
 * @category org
 * @see §11.3.1–§11.3.4
 * @see §1.2(7)
 */
export function maskPersonalData<T extends object>(
  actor: Pick<Actor, 'roles'>,
  record: T,
  policy: FieldVisibility = defaultFieldVisibility,
): T {
  const visible = new Set<string>(visibleCustomerFields(actor, policy));
  const copy = { ...record } as Record<string, unknown>;
  for (const field of CUSTOMER_FIELDS) {
    if (Object.hasOwn(copy, field) && copy[field] != null && !visible.has(field)) {
      copy[field] = maskField(field, copy[field]);
    }
  }
  return copy as T;
}
