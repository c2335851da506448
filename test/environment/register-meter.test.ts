import { describe, expect, it } from 'vitest';
import { parseMeter, registerMeter } from '../../src/environment/index';
import { manager, safetyOfficer, T0, technician } from './fixtures';

describe('registerMeter', () => {
  it('§10.2(1) registers electricity, water and gas meters with their units', () => {
    const units = (['electricity', 'water', 'gas'] as const).map((kind) => {
      const { meter, events } = registerMeter(
        { kind, name: `${kind} main`, location: '配电房' },
        { id: `mtr_${kind}`, at: T0, actor: manager },
      )._unsafeUnwrap();
      expect(events[0]).toMatchObject({
        type: 'environment.meter-registered',
        aggregateId: meter.id,
      });
      expect(parseMeter(JSON.parse(JSON.stringify(meter)))._unsafeUnwrap()).toEqual(meter);
      return meter.unit;
    });
    expect(units).toEqual(['kWh', 'm3', 'm3']);
  });

  it('§10.2(1) needs the energy-reading.record capability', () => {
    const context = { id: 'mtr_1', at: T0, actor: technician };
    expect(registerMeter({ kind: 'gas', name: 'G' }, context)._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§10.2(1)',
    });
    expect(
      registerMeter({ kind: 'gas', name: 'G' }, { ...context, actor: safetyOfficer }).isOk(),
    ).toBe(true);
    expect(registerMeter({ kind: 'steam' } as never, { ...context, actor: manager }).isErr()).toBe(
      true,
    );
  });
});
