import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Money, MoneySchema, parseWith } from '../../shared/index';
import { checkActor, type SalesCommandContext } from './context';
import type { CustomerChange, ManageCustomerError } from './customer-classes';
import {
  BusinessCodeSchema,
  type PartsCustomer,
  type PartsCustomerClass,
  PartsCustomerSchema,
} from './customer-schema';
import { customerClassInactive, customerClassMismatch } from './errors';
import { salesEvent } from './events';
import { PartsCustomerClassIdSchema, PartsCustomerIdSchema } from './ids';

/**
 * Schema of a new parts customer as a caller writes it (see {@link registerPartsCustomer}).
 *
 * @example
 * ```ts
 * PartsCustomerInputSchema.safeParse({ id: 'pcu_1', code: 'C0001', classId: 'pcc_fleet' }).success; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerInputSchema = z.object({
  id: PartsCustomerIdSchema,
  code: BusinessCodeSchema,
  classId: PartsCustomerClassIdSchema,
  crmCustomerId: z._default(PartsCustomerSchema.shape.crmCustomerId, null),
  creditLimit: z._default(PartsCustomerSchema.shape.creditLimit, null),
});

/**
 * A new parts customer as a caller writes it.
 *
 * @example
 * ```ts
 * const input: PartsCustomerInput = { id: 'pcu_1', code: 'C0001', classId: 'pcc_fleet' };
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomerInput = z.input<typeof PartsCustomerInputSchema>;

function checkClass(
  customerId: string,
  classId: string,
  customerClass: PartsCustomerClass,
): Result<PartsCustomerClass, ManageCustomerError> {
  if (customerClass.id !== classId) return err(customerClassMismatch(customerId, classId));
  if (!customerClass.active) return err(customerClassInactive(classId));
  return ok(customerClass);
}

/**
 * Registers a parts customer in an active class. Needs `parts-customer.manage`.
 *
 * Errors: `validation_failed`, `forbidden`, `customer_class_mismatch` (the
 * class given is not `input.classId`), `customer_class_inactive`.
 *
 * @example
 * ```ts
 * const { value: customer } = registerPartsCustomer(
 *   { id: 'pcu_1', code: 'C0001', classId: 'pcc_fleet' }, fleet, { at, actor: supervisor },
 * )._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.2
 */
export function registerPartsCustomer(
  input: PartsCustomerInput,
  customerClass: PartsCustomerClass,
  context: SalesCommandContext,
): Result<CustomerChange<PartsCustomer>, ManageCustomerError> {
  return checkActor(context, 'parts-customer.manage', '§6.3.2').andThen(({ at, actor }) =>
    parseWith(PartsCustomerInputSchema, input, '§6.3.2').andThen((parsed) =>
      checkClass(parsed.id, parsed.classId, customerClass).map(() => {
        const value: PartsCustomer = {
          ...parsed,
          version: 0,
          createdAt: at,
          updatedAt: at,
          status: 'active',
        };
        const event = salesEvent('parts.customer-registered', value.id, at, {
          customerId: value.id,
          classId: value.classId,
          actorId: actor.id,
        });
        return { value, events: [event] };
      }),
    ),
  );
}

/**
 * Moves a customer to another active class: later orders are priced and
 * credit-checked by the new class. Needs `parts-customer.manage`.
 *
 * Errors: `validation_failed`, `forbidden`, `customer_class_inactive`.
 *
 * @example
 * ```ts
 * reclassifyPartsCustomer(customer, insurance, { at, actor: supervisor });
 * ```
 * @category parts
 * @see §6.3.2
 */
export function reclassifyPartsCustomer(
  customer: PartsCustomer,
  customerClass: PartsCustomerClass,
  context: SalesCommandContext,
): Result<CustomerChange<PartsCustomer>, ManageCustomerError> {
  return checkActor(context, 'parts-customer.manage', '§6.3.2').andThen(({ at, actor }) =>
    checkClass(customer.id, customerClass.id, customerClass).map(() => {
      if (customer.classId === customerClass.id) return { value: customer, events: [] };
      const value: PartsCustomer = { ...customer, classId: customerClass.id, updatedAt: at };
      const event = salesEvent('parts.customer-reclassified', customer.id, at, {
        customerId: customer.id,
        fromClassId: customer.classId,
        toClassId: customerClass.id,
        actorId: actor.id,
      });
      return { value, events: [event] };
    }),
  );
}

/**
 * Schema of changes to a customer's own terms (see {@link setPartsCustomerTerms}).
 *
 * @example
 * ```ts
 * PartsCustomerTermsSchema.safeParse({ status: 'blocked' }).success; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const PartsCustomerTermsSchema = z.object({
  status: z.optional(z.enum(['active', 'blocked'])),
  creditLimit: z.optional(z.nullable(MoneySchema)),
});

/**
 * Changes to a customer's own terms: `status` (a blocked customer takes no
 * new orders) and `creditLimit` (`null` falls back to the class's limit).
 *
 * @example
 * ```ts
 * const changes: PartsCustomerTerms = { status: 'blocked' };
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PartsCustomerTerms = z.input<typeof PartsCustomerTermsSchema>;

/**
 * Blocks or unblocks a customer, or sets or clears its own credit limit.
 * Needs `parts-customer.manage`.
 *
 * Errors: `validation_failed` (also for a negative limit), `forbidden`.
 *
 * @example
 * ```ts
 * setPartsCustomerTerms(customer, { status: 'blocked' }, { at, actor: supervisor });
 * ```
 * @category parts
 * @see §6.3.2
 */
export function setPartsCustomerTerms(
  customer: PartsCustomer,
  terms: PartsCustomerTerms,
  context: SalesCommandContext,
): Result<CustomerChange<PartsCustomer>, ManageCustomerError> {
  return checkActor(context, 'parts-customer.manage', '§6.3.2').andThen(({ at, actor }) =>
    parseWith(PartsCustomerTermsSchema, terms, '§6.3.2')
      .andThen((parsed) =>
        parseWith(PartsCustomerSchema, { ...customer, ...parsed, updatedAt: at }, '§6.3.2'),
      )
      .map((value) => {
        const changedFields = (['status', 'creditLimit'] as const).filter(
          (field) => JSON.stringify(value[field]) !== JSON.stringify(customer[field]),
        );
        if (changedFields.length === 0) return { value: customer, events: [] };
        const event = salesEvent('parts.customer-terms-changed', customer.id, at, {
          customerId: customer.id,
          changedFields,
          status: value.status,
          actorId: actor.id,
        });
        return { value, events: [event] };
      }),
  );
}

/**
 * The credit limit that applies to a customer: its own, else its class's.
 *
 * @example
 * ```ts
 * creditLimitOf(customer, fleet); // { amount: '50000.00', currency: 'CNY' }
 * ```
 * @category parts
 * @see §6.3.2
 * @see §6.3.3
 */
export function creditLimitOf(customer: PartsCustomer, customerClass: PartsCustomerClass): Money {
  return customer.creditLimit ?? customerClass.creditLimit;
}
