import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  ContactChannelSchema,
  compareInstants,
  type ForbiddenError,
  type Instant,
  parseWith,
  type ValidationError,
  validationError,
} from '../shared/index';
import { type ConsentPurpose, ConsentPurposeSchema } from './channels';
import { type CommandContext, checkContext, permit } from './command-context';
import type { Customer } from './customer-schema';
import { type CrmEvent, crmEvent } from './events';

const MAX_LEDGER = 500;

/**
 * Schema of a consent change: the purpose, granted (`true`) or withdrawn
 * (`false`), and the channel through which the customer said so.
 *
 * @example
 * ```ts
 * ConsentChangeSchema.safeParse({ purpose: 'marketing', granted: false, channel: 'phone' }).success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const ConsentChangeSchema = z.strictObject({
  purpose: ConsentPurposeSchema,
  granted: z.boolean(),
  channel: ContactChannelSchema,
});

/**
 * A consent change (before parsing).
 *
 * @example
 * ```ts
 * const withdrawal: ConsentChange = { purpose: 'marketing', granted: false, channel: 'wechat' };
 * ```
 * @category crm
 * @see §7.1.1
 */
export type ConsentChange = z.input<typeof ConsentChangeSchema>;

/**
 * What {@link recordConsent} returns: the customer with the entry appended
 * and a `crm.consent-recorded` event.
 *
 * @example
 * ```ts
 * const { customer, events }: ConsentRecorded = recordConsent(c, change, context)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §7.1.1
 */
export interface ConsentRecorded {
  readonly customer: Customer;
  readonly events: readonly CrmEvent[];
}

/**
 * Records that a customer granted or withdrew consent (§7.1.1): appends an
 * entry to the consent ledger — stamped with the instant, channel and
 * recording employee — and never rewrites earlier entries, so the ledger is
 * the consent history. The actor needs `customer.update` (§2.2.2(3)).
 *
 * Errors: `forbidden`; `validation_failed` (§7.1.1) for a bad change or a
 * full ledger (reason `too_big` at `consents`).
 *
 * @example
 * ```ts
 * const withdrawn = recordConsent(customer, { purpose: 'marketing', granted: false, channel: 'phone' }, { at, actor: agent });
 * hasConsent(withdrawn._unsafeUnwrap().customer, 'marketing', at); // false
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 * @see §2.2.2(3)
 */
export function recordConsent(
  customer: Customer,
  change: ConsentChange,
  context: CommandContext,
): Result<ConsentRecorded, ValidationError | ForbiddenError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'customer.update')
      .andThen(() => parseWith(ConsentChangeSchema, change, '§7.1.1'))
      .andThen((parsed) => {
        if (customer.consents.length >= MAX_LEDGER) {
          const detail = `the consent ledger holds at most ${MAX_LEDGER} entries`;
          return err(validationError([{ path: 'consents', reason: 'too_big', detail }], '§7.1.1'));
        }
        const entry = { ...parsed, at, recordedBy: actor.id };
        const updated: Customer = {
          ...customer,
          consents: [...customer.consents, entry],
          updatedAt: at,
        };
        const event = crmEvent('crm.consent-recorded', 'customer', customer.id, at, {
          customerId: customer.id,
          purpose: parsed.purpose,
          granted: parsed.granted,
          channel: parsed.channel,
          actorId: actor.id,
        });
        return ok({ customer: updated, events: [event] });
      }),
  );
}

/**
 * Whether a customer had consented to `purpose` at `at`: the latest ledger
 * entry for that purpose at or before `at` decides (a later entry with the
 * same instant wins). No entry means no consent — contact is opt-in.
 *
 * @example
 * ```ts
 * hasConsent(customer, 'service-contact', at); // true after a grant, false after a withdrawal
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 */
export function hasConsent(customer: Customer, purpose: ConsentPurpose, at: Instant): boolean {
  let latest: Customer['consents'][number] | undefined;
  for (const entry of customer.consents) {
    if (entry.purpose !== purpose || compareInstants(entry.at, at) > 0) continue;
    if (latest === undefined || compareInstants(entry.at, latest.at) >= 0) latest = entry;
  }
  return latest?.granted === true;
}

/**
 * A customer's consent for each purpose at an instant.
 *
 * @example
 * ```ts
 * consentStatus(customer, at); // { 'service-contact': true, marketing: false }
 * ```
 * @category crm
 * @see §7.1.1
 */
export function consentStatus(
  customer: Customer,
  at: Instant,
): Readonly<Record<ConsentPurpose, boolean>> {
  return {
    'service-contact': hasConsent(customer, 'service-contact', at),
    marketing: hasConsent(customer, 'marketing', at),
  };
}
