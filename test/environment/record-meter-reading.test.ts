import { describe, expect, it } from 'vitest';
import { parseMeterReading, recordMeterReading } from '../../src/environment/index';
import { at, meter, read, safetyOfficer, technician } from './fixtures';

const D1 = at('2026-03-31T10:00:00.000Z');
const D2 = at('2026-04-30T10:00:00.000Z');

function baseline() {
  return read({ meter: meter(), value: '16720', readAt: D1 }, 'rdg_1');
}

describe('recordMeterReading', () => {
  it('§10.2(1) the first reading sets the baseline; the next one records consumption exactly', () => {
    const first = baseline();
    expect(first).toMatchObject({
      consumption: null,
      previousReadingId: null,
      unit: 'kWh',
      kind: 'electricity',
    });
    const { reading, events } = recordMeterReading(
      { meter: meter(), previous: first, value: '18240.50', readAt: D2 },
      { id: 'rdg_2', at: D2, actor: safetyOfficer },
    )._unsafeUnwrap();
    expect(reading).toMatchObject({
      value: '18240.5',
      consumption: '1520.5',
      previousReadingId: 'rdg_1',
    });
    expect(parseMeterReading(JSON.parse(JSON.stringify(reading)))._unsafeUnwrap()).toEqual(reading);
    expect(events[0]).toMatchObject({
      type: 'environment.meter-reading-recorded',
      aggregateId: 'rdg_2',
      payload: {
        meterId: 'mtr_1',
        value: '18240.5',
        consumption: '1520.5',
        unit: 'kWh',
        reset: null,
      },
    });
  });

  it('§10.2(1) rejects a reading lower than the previous one unless flagged', () => {
    const error = recordMeterReading(
      { meter: meter(), previous: baseline(), value: '16719.9', readAt: D2 },
      { id: 'rdg_2', at: D2, actor: safetyOfficer },
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'meter_reading_decreased',
      clause: '§10.2(1)',
      data: { meterId: 'mtr_1', previousValue: '16720', value: '16719.9' },
    });
    const same = read(
      { meter: meter(), previous: baseline(), value: '16720', readAt: D2 },
      'rdg_2',
    );
    expect(same.consumption).toBe('0');
  });

  it('§10.2(1) a meter replacement counts the old meter’s tail and the new meter’s start', () => {
    const reading = read(
      {
        meter: meter(),
        previous: baseline(),
        value: '35.25',
        readAt: D2,
        reset: { kind: 'replacement', oldMeterFinal: '17000', newMeterStart: '0.25' },
      },
      'rdg_2',
    );
    expect(reading.consumption).toBe('315'); // 280 + 35
    expect(reading.reset).toEqual({
      kind: 'replacement',
      oldMeterFinal: '17000',
      newMeterStart: '0.25',
    });
  });

  it('§10.2(1) a register rollover wraps at the register limit', () => {
    const previous = read(
      { meter: meter('water', 'mtr_w'), value: '99990.5', readAt: D1 },
      'rdg_w1',
    );
    const reading = read(
      {
        meter: meter('water', 'mtr_w'),
        previous,
        value: '12',
        readAt: D2,
        reset: { kind: 'rollover', registerLimit: '100000' },
      },
      'rdg_w2',
    );
    expect(reading).toMatchObject({ consumption: '21.5', unit: 'm3' });
  });

  it('§10.2(1) rejects resets whose figures do not fit', () => {
    const attempt = (reset: unknown, value = '50', previous: unknown = baseline()) =>
      recordMeterReading(
        { meter: meter(), previous: previous as never, value, readAt: D2, reset: reset as never },
        { id: 'rdg_2', at: D2, actor: safetyOfficer },
      )._unsafeUnwrapErr().data;
    expect(
      attempt({ kind: 'replacement', oldMeterFinal: '16000', newMeterStart: '0' }),
    ).toMatchObject({
      reason: 'final_below_previous',
    });
    expect(
      attempt({ kind: 'replacement', oldMeterFinal: '17000', newMeterStart: '60' }),
    ).toMatchObject({
      reason: 'value_below_start',
    });
    expect(attempt({ kind: 'rollover', registerLimit: '16720' })).toMatchObject({
      reason: 'limit_not_above_previous',
    });
    expect(attempt({ kind: 'rollover', registerLimit: '100000' }, '100000')).toMatchObject({
      reason: 'value_not_below_limit',
    });
    expect(attempt({ kind: 'rollover', registerLimit: '100000' }, '5', null)).toMatchObject({
      reason: 'no_previous',
    });
  });

  it('§10.2(1) readings come in order and are not dated after they are recorded', () => {
    const previous = baseline();
    const record = (readAt: string, recordedAt: string) =>
      recordMeterReading(
        { meter: meter(), previous, value: '17000', readAt: at(readAt) },
        { id: 'rdg_2', at: at(recordedAt), actor: safetyOfficer },
      );
    expect(
      record('2026-03-31T10:00:00.000Z', '2026-04-01T00:00:00.000Z')._unsafeUnwrapErr().data,
    ).toMatchObject({
      reason: 'not_after_previous',
    });
    expect(
      record('2026-04-30T10:00:00.000Z', '2026-04-30T09:00:00.000Z')._unsafeUnwrapErr().data,
    ).toMatchObject({
      reason: 'after_recording',
    });
  });

  it('§10.2(1) the previous reading must be the same meter’s; the capability is checked', () => {
    const mismatch = recordMeterReading(
      { meter: meter('gas', 'mtr_g'), previous: baseline(), value: '17000', readAt: D2 },
      { id: 'rdg_2', at: D2, actor: safetyOfficer },
    );
    expect(mismatch._unsafeUnwrapErr()).toMatchObject({
      code: 'meter_reading_mismatch',
      data: { meterId: 'mtr_g', readingId: 'rdg_1' },
    });
    const refused = recordMeterReading(
      { meter: meter(), previous: null, value: '1', readAt: D2 },
      { id: 'rdg_2', at: D2, actor: technician },
    );
    expect(refused._unsafeUnwrapErr().code).toBe('forbidden');
    const negative = recordMeterReading(
      { meter: meter(), previous: null, value: '-1', readAt: D2 },
      { id: 'rdg_2', at: D2, actor: safetyOfficer },
    );
    expect(negative._unsafeUnwrapErr().code).toBe('validation_failed');
  });
});
