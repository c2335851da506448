import { describe, expect, it } from 'vitest';
import { consentStatus, hasConsent, recordConsent } from '../../src/crm/index';
import { at, csAgent, customer, customerInput, reasons, T0, technician } from './fixtures';

describe('consent ledger', () => {
  const withdrawnAt = at('2026-05-01T01:00:00.000Z');

  it('§7.1.1 a withdrawal is appended with instant, channel and recorder; the history is kept', () => {
    const before = customer();
    const { customer: after, events } = recordConsent(
      before,
      { purpose: 'marketing', granted: false, channel: 'phone' },
      { at: withdrawnAt, actor: csAgent },
    )._unsafeUnwrap();
    expect(after.consents).toHaveLength(3);
    expect(after.consents.slice(0, 2)).toEqual(before.consents);
    expect(after.consents[2]).toEqual({
      purpose: 'marketing',
      granted: false,
      channel: 'phone',
      at: withdrawnAt,
      recordedBy: 'emp_cs1',
    });
    expect(events[0]).toMatchObject({
      type: 'crm.consent-recorded',
      payload: { customerId: 'cus_1', purpose: 'marketing', granted: false },
    });
  });

  it('§7.1.3 consent is evaluated at an instant: before the withdrawal it was given', () => {
    const after = recordConsent(
      customer(),
      { purpose: 'marketing', granted: false, channel: 'phone' },
      { at: withdrawnAt, actor: csAgent },
    )._unsafeUnwrap().customer;
    expect(hasConsent(after, 'marketing', at('2026-04-30T00:00:00.000Z'))).toBe(true);
    expect(hasConsent(after, 'marketing', withdrawnAt)).toBe(false);
    expect(hasConsent(after, 'service-contact', withdrawnAt)).toBe(true);
    expect(consentStatus(after, withdrawnAt)).toEqual({
      'service-contact': true,
      marketing: false,
    });
  });

  it('§7.1.1 no entry means no consent (opt-in)', () => {
    const silent = customer({ consents: [] });
    expect(consentStatus(silent, T0)).toEqual({ 'service-contact': false, marketing: false });
  });

  it('§7.1.1 entries before the instant count, later ones do not', () => {
    const c = customer(customerInput({ consents: [] }));
    const granted = recordConsent(
      c,
      { purpose: 'service-contact', granted: true, channel: 'app' },
      { at: withdrawnAt, actor: csAgent },
    )._unsafeUnwrap().customer;
    expect(hasConsent(granted, 'service-contact', T0)).toBe(false);
    expect(hasConsent(granted, 'service-contact', withdrawnAt)).toBe(true);
  });

  it('§2.2.2(3) only roles that update customers record consent; bad input is typed', () => {
    const change = { purpose: 'marketing', granted: false, channel: 'phone' } as const;
    expect(
      recordConsent(customer(), change, { at: T0, actor: technician })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const bad = recordConsent(
      customer(),
      { purpose: 'spam', granted: 'yes', channel: 'phone' } as never,
      { at: T0, actor: csAgent },
    );
    expect(reasons(bad)).toEqual(['purpose:invalid_value', 'granted:invalid_type']);
  });
});
