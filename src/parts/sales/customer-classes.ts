import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type DomainError,
  type ForbiddenError,
  parseWith,
  type ValidationError,
} from '../../shared/index';
import { checkActor, type SalesCommandContext } from './context';
import {
  BusinessCodeSchema,
  CUSTOMER_CLASS_KINDS,
  type PartsCustomerClass,
  PartsCustomerClassSchema,
  PriceLevelSchema,
} from './customer-schema';
import type { PartsSalesErrorData } from './errors';
import { type PartsSalesEvent, salesEvent } from './events';
import { PartsCustomerClassIdSchema } from './ids';

/**
 * What a customer-management step returns: the new record and its events.
 *
 * @example
 * ```ts
 * const { value, events }: CustomerChange<PartsCustomer> = registerPartsCustomer(input, fleet, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface CustomerChange<T> {
  readonly value: T;
  readonly events: readonly PartsSalesEvent[];
}

/**
 * Errors of the customer-management steps.
 *
 * @example
 * ```ts
 * function explain(error: ManageCustomerError) { return error.code; }
 * ```
 * @category parts
 * @see §6.3.2
 */
export type ManageCustomerError =
  | ValidationError
  | ForbiddenError
  | DomainError<'customer_class_inactive', PartsSalesErrorData['customer_class_inactive']>
  | DomainError<'customer_class_mismatch', PartsSalesErrorData['customer_class_mismatch']>;

/**
 * Schema of a new customer class as a caller writes it (see {@link defineCustomerClass}).
 *
 * @example
 * ```ts
 * CustomerClassInputSchema.safeParse(input).success;
 * ```
 * @category parts
 * @see §6.3.2
 */
export const CustomerClassInputSchema = z.object({
  id: PartsCustomerClassIdSchema,
  code: BusinessCodeSchema,
  kind: z.enum(CUSTOMER_CLASS_KINDS),
  priceLevel: PriceLevelSchema,
  creditLimit: PartsCustomerClassSchema.shape.creditLimit,
  paymentTermsDays: PartsCustomerClassSchema.shape.paymentTermsDays,
});

/**
 * A new customer class as a caller writes it.
 *
 * @example
 * ```ts
 * const input: CustomerClassInput = {
 *   id: 'pcc_fleet', code: 'FLEET', kind: 'fleet', priceLevel: { kind: 'discount', rate: '0.12' },
 *   creditLimit: { amount: '50000.00', currency: 'CNY' }, paymentTermsDays: 30,
 * };
 * ```
 * @category parts
 * @see §6.3.2
 */
export type CustomerClassInput = z.input<typeof CustomerClassInputSchema>;

/**
 * Defines a parts customer class (配件客户分类) with its price level, credit
 * limit and payment terms. Needs `parts-customer.manage`.
 *
 * Errors: `validation_failed`, `forbidden`.
 *
 * @returns the active class and `parts.customer-class-defined`
 * @example
 * ```ts
 * const { value: fleet } = defineCustomerClass(input, { at, actor: supervisor })._unsafeUnwrap();
 * fleet.active; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export function defineCustomerClass(
  input: CustomerClassInput,
  context: SalesCommandContext,
): Result<CustomerChange<PartsCustomerClass>, ManageCustomerError> {
  return checkActor(context, 'parts-customer.manage', '§6.3.2').andThen(({ at, actor }) =>
    parseWith(CustomerClassInputSchema, input, '§6.3.2').map((parsed) => {
      const value: PartsCustomerClass = {
        ...parsed,
        version: 0,
        createdAt: at,
        updatedAt: at,
        active: true,
      };
      const event = salesEvent('parts.customer-class-defined', value.id, at, {
        classId: value.id,
        code: value.code,
        actorId: actor.id,
      });
      return { value, events: [event] };
    }),
  );
}

/**
 * Schema of changes to a customer class (see {@link updateCustomerClass}).
 *
 * @example
 * ```ts
 * CustomerClassChangesSchema.safeParse({ paymentTermsDays: 45 }).success; // true
 * ```
 * @category parts
 * @see §6.3.2
 */
export const CustomerClassChangesSchema = z.object({
  kind: z.optional(z.enum(CUSTOMER_CLASS_KINDS)),
  priceLevel: z.optional(PriceLevelSchema),
  creditLimit: z.optional(PartsCustomerClassSchema.shape.creditLimit),
  paymentTermsDays: z.optional(PartsCustomerClassSchema.shape.paymentTermsDays),
  active: z.optional(z.boolean()),
});

/**
 * Changes to a customer class; fields left out stay as they are.
 *
 * @example
 * ```ts
 * const changes: CustomerClassChanges = { creditLimit: { amount: '80000.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.3.2
 */
export type CustomerClassChanges = z.input<typeof CustomerClassChangesSchema>;

/**
 * Changes a class's kind, price level, credit limit, payment terms or
 * active flag. Orders already confirmed keep the prices and terms they were
 * priced with. Needs `parts-customer.manage`. A change that changes
 * nothing returns the class unchanged and no event.
 *
 * Errors: `validation_failed`, `forbidden`.
 *
 * @example
 * ```ts
 * updateCustomerClass(fleet, { paymentTermsDays: 45 }, { at, actor: supervisor });
 * ```
 * @category parts
 * @see §6.3.2
 */
export function updateCustomerClass(
  customerClass: PartsCustomerClass,
  changes: CustomerClassChanges,
  context: SalesCommandContext,
): Result<CustomerChange<PartsCustomerClass>, ManageCustomerError> {
  return checkActor(context, 'parts-customer.manage', '§6.3.2').andThen(({ at, actor }) =>
    parseWith(CustomerClassChangesSchema, changes, '§6.3.2').map((parsed) => {
      const changedFields = (Object.keys(parsed) as (keyof typeof parsed)[]).filter(
        (field) =>
          parsed[field] !== undefined &&
          JSON.stringify(parsed[field]) !== JSON.stringify(customerClass[field]),
      );
      if (changedFields.length === 0) return { value: customerClass, events: [] };
      const patch = Object.fromEntries(changedFields.map((field) => [field, parsed[field]]));
      const value: PartsCustomerClass = { ...customerClass, ...patch, updatedAt: at };
      const event = salesEvent('parts.customer-class-updated', value.id, at, {
        classId: value.id,
        changedFields,
        actorId: actor.id,
      });
      return { value, events: [event] };
    }),
  );
}
