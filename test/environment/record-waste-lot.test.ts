import { describe, expect, it } from 'vitest';
import { parseEnvironmentConfig, parseWasteLot, recordWasteLot } from '../../src/environment/index';
import { at, supervisor, T0, technician } from './fixtures';

const context = { id: 'wl_1', at: T0, actor: supervisor };

describe('recordWasteLot', () => {
  it('§10.3(5) §10.3(1) records a generated lot with its classification, weight and dealer date', () => {
    const { lot, events } = recordWasteLot(
      { category: 'lead-acid-battery', weightKg: '42.000', pieces: 3, repairOrderId: 'ro_7' },
      { ...context, at: at('2026-03-01T17:30:00.000Z') },
    )._unsafeUnwrap();
    expect(lot).toMatchObject({
      id: 'wl_1',
      version: 0,
      status: 'generated',
      hazardous: true,
      hazardousClass: 'HW31',
      weightKg: '42',
      pieces: 3,
      generatedOn: '2026-03-02', // 01:30 next day in Shanghai
      generatedBy: 'emp_ws',
      storage: null,
      transfer: null,
    });
    expect(parseWasteLot(JSON.parse(JSON.stringify(lot)))._unsafeUnwrap()).toEqual(lot);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'environment.waste-generated',
      aggregateType: 'waste-lot',
      aggregateId: 'wl_1',
      payload: {
        lotId: 'wl_1',
        category: 'lead-acid-battery',
        hazardousClass: 'HW31',
        weightKg: '42',
      },
    });
  });

  it('§10.3(1) ordinary waste carries no hazardous class and rejects one', () => {
    const paper = recordWasteLot({ category: 'paper', weightKg: '120' }, context)._unsafeUnwrap()
      .lot;
    expect(paper).toMatchObject({ hazardous: false, hazardousClass: null, wasteCode: null });
    const error = recordWasteLot(
      { category: 'paper', weightKg: '1', hazardousClass: 'HW49' },
      context,
    )._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
    expect(error).toMatchObject({ data: { issues: [{ reason: 'code_without_hazard' }] } });
  });

  it('§10.3(1) the input fills a class the category leaves open, and codes must fit the class', () => {
    const filter = recordWasteLot(
      { category: 'oil-filter', weightKg: '6.2', hazardousClass: 'HW49', wasteCode: '900-041-49' },
      context,
    )._unsafeUnwrap().lot;
    expect(filter).toMatchObject({ hazardousClass: 'HW49', wasteCode: '900-041-49' });
    const open = recordWasteLot(
      { category: 'oil-filter', weightKg: '6.2' },
      context,
    )._unsafeUnwrap();
    expect(open.lot.hazardousClass).toBeNull();
    const wrong = recordWasteLot(
      { category: 'used-oil', weightKg: '5', wasteCode: '900-052-31' },
      context,
    )._unsafeUnwrapErr();
    expect(wrong).toMatchObject({ data: { issues: [{ reason: 'code_class_mismatch' }] } });
  });

  it('§10.3(1) follows the dealer configuration', () => {
    const config = parseEnvironmentConfig({
      wasteCategories: { coolant: { hazardous: true, hazardousClass: 'HW06' } },
    })._unsafeUnwrap();
    const lot = recordWasteLot(
      { category: 'coolant', weightKg: '20' },
      context,
      config,
    )._unsafeUnwrap().lot;
    expect(lot.hazardousClass).toBe('HW06');
  });

  it('§10.3(5) needs the waste.record capability and a positive weight', () => {
    const refused = recordWasteLot(
      { category: 'tyre', weightKg: '9' },
      { ...context, actor: technician },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§10.3(5)' });
    const zero = recordWasteLot({ category: 'tyre', weightKg: '0' }, context)._unsafeUnwrapErr();
    expect(zero).toMatchObject({
      code: 'validation_failed',
      data: { issues: [{ reason: 'not_positive' }] },
    });
    expect(recordWasteLot({ category: 'tyre', weightKg: '1.2345' }, context).isErr()).toBe(true);
    expect(recordWasteLot({ category: 'tyre', weightKg: 9 } as never, context).isErr()).toBe(true);
  });

  it('§10.3(5) never throws on garbage', () => {
    expect(recordWasteLot(null as never, context).isErr()).toBe(true);
    expect(
      recordWasteLot({ category: 'tyre', weightKg: '1' }, { ...context, id: '' }).isErr(),
    ).toBe(true);
  });

  it('§10.3(5) a parsed lot must be consistent: ledger entries match its status', () => {
    const { lot } = recordWasteLot(
      { category: 'used-oil', weightKg: '5' },
      context,
    )._unsafeUnwrap();
    const storedWithoutStorage = { ...lot, status: 'stored' };
    expect(parseWasteLot(storedWithoutStorage)._unsafeUnwrapErr().data.issues[0]?.reason).toBe(
      'status_mismatch',
    );
    const ordinaryWithClass = { ...lot, hazardous: false };
    expect(parseWasteLot(ordinaryWithClass)._unsafeUnwrapErr().data.issues[0]?.reason).toBe(
      'code_without_hazard',
    );
  });
});
