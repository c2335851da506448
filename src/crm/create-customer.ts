import type { Result } from 'neverthrow';
import { type ForbiddenError, parseWith, type ValidationError } from '../shared/index';
import {
  type CommandContext,
  type CreateContext,
  checkContext,
  checkCreateContext,
  permit,
} from './command-context';
import {
  type Customer,
  type CustomerChanges,
  CustomerChangesSchema,
  type CustomerInput,
  CustomerInputSchema,
} from './customer-schema';
import { type CrmEvent, crmEvent } from './events';
import { CustomerIdSchema, RevisionIdSchema } from './ids';
import { applyTrackedChanges } from './revision';
import type { Revision } from './revision-schema';

/**
 * What {@link createCustomer} returns: the new customer (version 0, to be
 * saved with `expectedVersion: 0`) and its events.
 *
 * @example
 * ```ts
 * const { customer, events }: CustomerCreated = createCustomer(input, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.1
 */
export interface CustomerCreated {
  readonly customer: Customer;
  readonly events: readonly CrmEvent[];
}

/**
 * What {@link updateCustomer} returns: the customer
 * after the change, the history entry (`null` when nothing changed), and
 * the events (none when nothing changed).
 *
 * @example
 * ```ts
 * const { customer, revision }: CustomerUpdated = updateCustomer(c, { email: null }, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface CustomerUpdated {
  readonly customer: Customer;
  readonly revision: Revision | null;
  readonly events: readonly CrmEvent[];
}

/**
 * A {@link CommandContext} for a change that keeps history: plus the id of
 * the history entry to write.
 *
 * @example
 * ```ts
 * const context: UpdateContext = { revisionId: ids.next('rev'), at, actor };
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface UpdateContext extends CommandContext {
  readonly revisionId: string;
}

/**
 * Creates a customer record (建档, §7.1.1) at reception or in customer
 * service. The actor needs `customer.create` (by default the service
 * advisor, §2.2.2(3)). The mobile number is validated and normalised; the
 * source channel is recorded; consents given at creation enter the ledger
 * stamped with the command's instant and actor.
 *
 * Errors: `forbidden` (§2.2.2(3)); `validation_failed` (§7.1.1) for bad
 * input or context — e.g. reason `length` or `prefix` on `mobilePhone`,
 * `unrecognized_keys`. Errors never echo the input.
 *
 * @param input - unknown input, checked against {@link CustomerInputSchema}
 * @param context - the new id, the instant and the actor
 * @returns the customer and a `crm.customer-created` event
 * @example
 * ```ts
 * const created = createCustomer(
 *   { kind: 'person', name: '张三', mobilePhone: '+86 138 1234 5678', sourceChannel: 'walk-in',
 *     consents: [{ purpose: 'service-contact', granted: true, channel: 'walk-in' }] },
 *   { id: 'cus_1', at, actor: advisor },
 * );
 * created._unsafeUnwrap().customer.mobilePhone; // '13812345678'
 * ```
 * @category crm
 * @see §7.1.1
 * @see §2.2.2(3)
 */
export function createCustomer(
  input: CustomerInput,
  context: CreateContext,
): Result<CustomerCreated, ValidationError | ForbiddenError> {
  return checkCreateContext(context, CustomerIdSchema).andThen(({ id, at, actor }) =>
    permit(context, 'customer.create')
      .andThen(() => parseWith(CustomerInputSchema, input, '§7.1.1'))
      .map((parsed): CustomerCreated => {
        const customer: Customer = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          kind: parsed.kind,
          name: parsed.name,
          mobilePhone: parsed.mobilePhone,
          email: parsed.email ?? null,
          contactName: parsed.contactName ?? null,
          birthday: parsed.birthday ?? null,
          preferredChannel: parsed.preferredChannel ?? null,
          sourceChannel: parsed.sourceChannel,
          consents: (parsed.consents ?? []).map((consent) => ({
            ...consent,
            at,
            recordedBy: actor.id,
          })),
        };
        const event = crmEvent('crm.customer-created', 'customer', id, at, {
          customerId: id,
          sourceChannel: parsed.sourceChannel,
          actorId: actor.id,
        });
        return { customer, events: [event] };
      }),
  );
}

/**
 * Changes a customer's details and keeps the history (§7.1.3): returns the
 * updated customer, a {@link Revision} with each field's before and after,
 * and a `crm.customer-updated` event naming the changed fields (not their
 * values). The actor needs `customer.update` (service advisor, CS
 * supervisor and agent by default, §2.2.2(3)). A change set that changes
 * nothing returns the customer as it was, no revision and no event.
 *
 * Errors: `forbidden` (§2.2.2(3)); `validation_failed` (§7.1.3) — bad
 * values, unknown keys (consents change through {@link recordConsent}).
 *
 * @param customer - the customer as loaded
 * @param changes - unknown input, checked against {@link CustomerChangesSchema}
 * @param context - the history entry's id, the instant and the actor
 * @example
 * ```ts
 * const updated = updateCustomer(customer, { mobilePhone: '139 0000 1111' }, { revisionId: 'rev_1', at, actor: agent });
 * updated._unsafeUnwrap().revision?.changes[0]?.field; // 'mobilePhone'
 * ```
 * @category crm
 * @see §7.1.3
 * @see §2.2.2(3)
 */
export function updateCustomer(
  customer: Customer,
  changes: CustomerChanges,
  context: UpdateContext,
): Result<CustomerUpdated, ValidationError | ForbiddenError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'customer.update')
      .andThen(() => parseWith(RevisionIdSchema, context.revisionId, '§7.1.3'))
      .andThen((revisionId) =>
        parseWith(CustomerChangesSchema, changes, '§7.1.3').map((parsed) => ({
          revisionId,
          parsed,
        })),
      )
      .map(({ revisionId, parsed }): CustomerUpdated => {
        const tracked = applyTrackedChanges(customer, parsed, {
          subjectType: 'customer',
          revisionId,
          at,
          actorId: actor.id,
        });
        if (tracked === null) return { customer, revision: null, events: [] };
        const event = crmEvent('crm.customer-updated', 'customer', customer.id, at, {
          customerId: customer.id,
          changedFields: tracked.revision.changes.map((change) => change.field),
          actorId: actor.id,
        });
        return { customer: tracked.updated, revision: tracked.revision, events: [event] };
      }),
  );
}
