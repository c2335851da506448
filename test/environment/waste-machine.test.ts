import { describe, expect, it } from 'vitest';
import {
  parseEnvironmentConfig,
  transitionWasteLot,
  type WasteLot,
  type WasteLotCommand,
} from '../../src/environment/index';
import {
  at,
  generate,
  handler,
  recycler,
  run,
  safetyOfficer,
  store,
  supervisor,
  T0,
  technician,
} from './fixtures';

const T1 = at('2026-05-10T02:00:00.000Z');

function transferCommand(
  overrides: Partial<Extract<WasteLotCommand, { type: 'transfer' }>> = {},
): WasteLotCommand {
  return {
    type: 'transfer',
    at: T1,
    actor: safetyOfficer,
    handler: handler(),
    route: 'recycle',
    manifestNumber: 'M2026000123',
    ...overrides,
  };
}

function errorOf(lot: WasteLot, command: WasteLotCommand) {
  return transitionWasteLot(lot, command)._unsafeUnwrapErr();
}

describe('transitionWasteLot — the storage ledger', () => {
  it('§10.3(5) REG-6 generated → stored → transferred with a licensed handler and a manifest', () => {
    const stored = transitionWasteLot(generate(), {
      type: 'store',
      at: T0,
      actor: supervisor,
      location: '危废暂存间 A',
    })._unsafeUnwrap();
    expect(stored.lot.status).toBe('stored');
    expect(stored.lot.storage).toEqual({
      location: '危废暂存间 A',
      storedAt: T0,
      storedOn: '2026-03-02',
      storedBy: 'emp_ws',
    });
    expect(stored.events.map((e) => e.type)).toEqual(['environment.waste-stored']);

    const moved = transitionWasteLot(stored.lot, transferCommand())._unsafeUnwrap();
    expect(moved.lot.status).toBe('transferred');
    expect(moved.lot.updatedAt).toBe(T1);
    expect(moved.lot.transfer).toEqual({
      handlerId: 'wh_1',
      licenceNumber: 'JS3201OOD123',
      route: 'recycle',
      weightKg: '18.5',
      manifestNumber: 'M2026000123',
      transferredAt: T1,
      transferredOn: '2026-05-10',
      transferredBy: 'emp_so',
    });
    expect(moved.events[0]).toMatchObject({
      type: 'environment.waste-transferred',
      aggregateId: 'wl_1',
      at: T1,
      payload: {
        handlerId: 'wh_1',
        manifestNumber: 'M2026000123',
        weightKg: '18.5',
        route: 'recycle',
      },
    });
  });

  it('§10.3(5) records the weight weighed at handover, as on the manifest', () => {
    const moved = run(store(generate()), transferCommand({ weightKg: '17.950' }));
    expect(moved.weightKg).toBe('18.5');
    expect(moved.transfer?.weightKg).toBe('17.95');
    expect(errorOf(store(generate()), transferCommand({ weightKg: '0' })).code).toBe(
      'validation_failed',
    );
  });

  it('REG-6 hazardous waste cannot leave without a transfer manifest number', () => {
    const stored = store(generate());
    const error = errorOf(stored, transferCommand({ manifestNumber: null }));
    expect(error).toMatchObject({
      code: 'transfer_manifest_required',
      clause: 'REG-6',
      data: { lotId: 'wl_1', hazardousClass: 'HW08' },
    });
    expect(errorOf(stored, transferCommand({ manifestNumber: undefined })).code).toBe(
      'transfer_manifest_required',
    );
  });

  it('§10.3(5) ordinary waste goes to a recycler without a manifest', () => {
    const paper = store(generate({ category: 'paper', weightKg: '200' }, 'wl_p'));
    const moved = run(paper, transferCommand({ handler: recycler(), manifestNumber: null }));
    expect(moved.transfer?.manifestNumber).toBeNull();
    expect(moved.transfer?.handlerId).toBe('wh_recycler');
  });

  it('§10.1 hazardous waste needs a handler licensed for its class (Solid Waste Law)', () => {
    const battery = store(generate({ category: 'lead-acid-battery', weightKg: '40' }, 'wl_b'));
    const error = errorOf(battery, transferCommand({ handler: recycler() }));
    expect(error).toMatchObject({
      code: 'handler_not_licensed',
      data: { handlerId: 'wh_recycler', lotId: 'wl_b', hazardousClass: 'HW31' },
    });
    const oilOnly = handler({ hazardousClasses: ['HW08'] }, 'wh_oil');
    expect(errorOf(battery, transferCommand({ handler: oilOnly })).code).toBe(
      'handler_not_licensed',
    );
  });

  it('§10.3(5) the licence must be valid on the transfer date in the dealer zone', () => {
    const stored = store(generate());
    const expired = handler({ licenceValidUntil: '2026-05-09' }, 'wh_old');
    expect(errorOf(stored, transferCommand({ handler: expired }))).toMatchObject({
      code: 'handler_licence_invalid',
      clause: '§10.3(5)',
      data: { reason: 'expired', boundary: '2026-05-09', on: '2026-05-10' },
    });
    const future = handler({ licenceValidFrom: '2026-05-11' }, 'wh_new');
    expect(errorOf(stored, transferCommand({ handler: future })).data).toMatchObject({
      reason: 'not_yet_valid',
    });
    // 2026-05-09T16:30Z is already 2026-05-10 00:30 in Shanghai: the last valid day has passed.
    const lastDay = handler({ licenceValidUntil: '2026-05-09' }, 'wh_edge');
    const late = transferCommand({ handler: lastDay, at: at('2026-05-09T16:30:00.000Z') });
    expect(errorOf(stored, late).code).toBe('handler_licence_invalid');
    const inTime = transferCommand({ handler: lastDay, at: at('2026-05-09T15:30:00.000Z') });
    expect(transitionWasteLot(stored, inTime).isOk()).toBe(true);
  });

  it('§10.3(1) a hazardous lot without a class cannot be transferred until it has one', () => {
    const filter = store(generate({ category: 'oil-filter', weightKg: '6' }, 'wl_f'));
    expect(errorOf(filter, transferCommand())).toMatchObject({
      code: 'hazardous_class_required',
      clause: '§10.3(1)',
      data: { lotId: 'wl_f', category: 'oil-filter' },
    });
  });

  it('§10.3(2) §10.3(3) §10.3(4) records the disposal route of each lot', () => {
    for (const route of ['recycle', 'harmless-disposal', 'remanufacture'] as const) {
      const moved = run(store(generate()), transferCommand({ route }));
      expect(moved.transfer?.route).toBe(route);
    }
    expect(errorOf(store(generate()), transferCommand({ route: 'burn' as never })).code).toBe(
      'validation_failed',
    );
  });

  it('§10.3(5) every other status/command pair is an invalid transition, never ignored', () => {
    const generated = generate();
    expect(errorOf(generated, transferCommand())).toMatchObject({
      code: 'invalid_transition',
      clause: '§10.3(5)',
      data: { entity: 'waste-lot', id: 'wl_1', status: 'generated', command: 'transfer' },
    });
    const stored = store(generated);
    expect(errorOf(stored, { type: 'store', at: T1, actor: supervisor, location: 'B' }).code).toBe(
      'invalid_transition',
    );
    const moved = run(stored, transferCommand());
    expect(errorOf(moved, transferCommand()).code).toBe('invalid_transition');
    expect(errorOf(moved, { type: 'store', at: T1, actor: supervisor, location: 'B' }).code).toBe(
      'invalid_transition',
    );
  });

  it('§10.3(5) needs the waste.record capability; never mutates the lot', () => {
    const generated = generate();
    const snapshot = JSON.stringify(generated);
    const refused = errorOf(generated, { type: 'store', at: T1, actor: technician, location: 'A' });
    expect(refused).toMatchObject({ code: 'forbidden', clause: '§10.3(5)' });
    store(generated);
    expect(JSON.stringify(generated)).toBe(snapshot);
    expect(errorOf(generated, { type: 'dump' } as never).code).toBe('validation_failed');
  });

  it('§10.3(5) ledger dates follow the configured zone', () => {
    const config = parseEnvironmentConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    const late = at('2026-03-02T17:00:00.000Z');
    const stored = transitionWasteLot(
      generate(),
      { type: 'store', at: late, actor: supervisor, location: 'A' },
      { config },
    )._unsafeUnwrap().lot;
    expect(stored.storage?.storedOn).toBe('2026-03-02');
    expect(store(generate(), late).storage?.storedOn).toBe('2026-03-03');
  });
});
