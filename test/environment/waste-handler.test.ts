import { describe, expect, it } from 'vitest';
import {
  checkHandlerLicence,
  parseWasteHandler,
  registerWasteHandler,
} from '../../src/environment/index';
import { date, hazardousHandlerInput, safetyOfficer, supervisor, T0, technician } from './fixtures';

describe('waste handlers', () => {
  it('§10.3(5) registers a handler with its licence and emits an event', () => {
    const { handler, events } = registerWasteHandler(hazardousHandlerInput, {
      id: 'wh_1',
      at: T0,
      actor: supervisor,
    })._unsafeUnwrap();
    expect(handler).toMatchObject({ id: 'wh_1', version: 0, licenceNumber: 'JS3201OOD123' });
    expect(parseWasteHandler(JSON.parse(JSON.stringify(handler)))._unsafeUnwrap()).toEqual(handler);
    expect(events[0]).toMatchObject({
      type: 'environment.waste-handler-registered',
      payload: { handlerId: 'wh_1', licenceValidUntil: '2027-12-31' },
    });
  });

  it('§10.3(5) rejects reversed validity, repeated classes and actors without waste.record', () => {
    const context = { id: 'wh_1', at: T0, actor: safetyOfficer };
    const reversed = registerWasteHandler(
      { ...hazardousHandlerInput, licenceValidFrom: '2028-01-01' },
      context,
    );
    expect(reversed._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ reason: 'period_reversed' }],
    });
    const repeated = registerWasteHandler(
      { ...hazardousHandlerInput, hazardousClasses: ['HW08', 'HW08'] },
      context,
    );
    expect(repeated.isErr()).toBe(true);
    const refused = registerWasteHandler(hazardousHandlerInput, { ...context, actor: technician });
    expect(refused._unsafeUnwrapErr().code).toBe('forbidden');
  });

  it('§10.1 §10.3(5) checks validity (both ends inclusive) and the licensed classes', () => {
    const handler = registerWasteHandler(hazardousHandlerInput, {
      id: 'wh_1',
      at: T0,
      actor: safetyOfficer,
    })._unsafeUnwrap().handler;
    const lot = { lotId: 'wl_1', hazardousClass: 'HW08' };
    expect(checkHandlerLicence(handler, lot, date('2025-01-01')).isOk()).toBe(true);
    expect(checkHandlerLicence(handler, lot, date('2027-12-31')).isOk()).toBe(true);
    expect(checkHandlerLicence(handler, lot, date('2028-01-01'))._unsafeUnwrapErr().code).toBe(
      'handler_licence_invalid',
    );
    expect(
      checkHandlerLicence(
        handler,
        { lotId: 'wl_2', hazardousClass: 'HW06' },
        date('2026-01-01'),
      )._unsafeUnwrapErr().code,
    ).toBe('handler_not_licensed');
    expect(
      checkHandlerLicence(
        handler,
        { lotId: 'wl_3', hazardousClass: null },
        date('2026-01-01'),
      ).isOk(),
    ).toBe(true);
  });
});
