import { describe, expect, it } from 'vitest';
import { renewWasteHandlerLicence, transitionWasteLot } from '../../src/environment/index';
import { at, generate, handler, safetyOfficer, store, technician } from './fixtures';

const renewal = {
  licenceNumber: 'JS3201OOD456',
  licenceValidFrom: '2028-01-01',
  licenceValidUntil: '2032-12-31',
  hazardousClasses: ['HW08'],
};
const T = at('2027-12-20T02:00:00.000Z');

describe('renewWasteHandlerLicence', () => {
  it('§10.3(5) records the renewed licence and the transfers after it use it', () => {
    const old = handler();
    const { handler: renewed, events } = renewWasteHandlerLicence(old, renewal, {
      at: T,
      actor: safetyOfficer,
    })._unsafeUnwrap();
    expect(renewed).toMatchObject({
      ...renewal,
      id: 'wh_1',
      name: old.name,
      updatedAt: T,
      version: 0,
    });
    expect(old.licenceNumber).toBe('JS3201OOD123');
    expect(events[0]).toMatchObject({
      type: 'environment.waste-handler-licence-renewed',
      aggregateId: 'wh_1',
      payload: { licenceValidUntil: '2032-12-31', hazardousClasses: ['HW08'] },
    });
    const moved = transitionWasteLot(store(generate()), {
      type: 'transfer',
      at: at('2028-02-01T02:00:00.000Z'),
      actor: safetyOfficer,
      handler: renewed,
      route: 'recycle',
      manifestNumber: 'M1',
    })._unsafeUnwrap().lot;
    expect(moved.transfer?.licenceNumber).toBe('JS3201OOD456');
  });

  it('§10.1 a renewal that drops a class stops transfers of that class', () => {
    const renewed = renewWasteHandlerLicence(handler(), renewal, {
      at: T,
      actor: safetyOfficer,
    })._unsafeUnwrap().handler;
    const battery = store(generate({ category: 'lead-acid-battery', weightKg: '30' }, 'wl_b'));
    const result = transitionWasteLot(battery, {
      type: 'transfer',
      at: at('2028-02-01T02:00:00.000Z'),
      actor: safetyOfficer,
      handler: renewed,
      route: 'recycle',
      manifestNumber: 'M2',
    });
    expect(result._unsafeUnwrapErr().code).toBe('handler_not_licensed');
  });

  it('§10.3(5) rejects reversed validity and actors without waste.record', () => {
    const reversed = renewWasteHandlerLicence(
      handler(),
      { ...renewal, licenceValidUntil: '2027-01-01' },
      { at: T, actor: safetyOfficer },
    );
    expect(reversed._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ reason: 'period_reversed' }],
    });
    const refused = renewWasteHandlerLicence(handler(), renewal, { at: T, actor: technician });
    expect(refused._unsafeUnwrapErr().code).toBe('forbidden');
    expect(
      renewWasteHandlerLicence(handler(), null as never, { at: T, actor: safetyOfficer }).isErr(),
    ).toBe(true);
  });
});
