import { describe, expect, it } from 'vitest';
import { PART_GRADES, PartNumberSchema, parsePart } from '../../src/parts/index';
import { hostileInputs, rawPart } from './fixtures';

function reasons(input: unknown): string[] {
  const result = parsePart(input);
  return result.isErr() ? result.error.data.issues.map((i) => `${i.path}:${i.reason}`) : [];
}

describe('parsePart', () => {
  it('REG-3 a part carries one of the three grades shown to customers', () => {
    expect(PART_GRADES).toEqual(['oem', 'aftermarket-brand', 'refurbished']);
    for (const grade of PART_GRADES) expect(parsePart(rawPart({ grade })).isOk()).toBe(true);
    expect(reasons(rawPart({ grade: 'copy' }))).toEqual(['grade:invalid_value']);
  });

  it('§6.2.2 fills replenishment defaults and canonicalises the part number', () => {
    const part = parsePart(
      rawPart({ partNumber: '90915-yzze1', replenishment: {} }),
    )._unsafeUnwrap();
    expect(part.partNumber).toBe('90915-YZZE1');
    expect(part.replenishment).toEqual({
      supplierId: null,
      leadTimeDays: 7,
      orderMultiple: '1',
      minimumOrderQuantity: '1',
      minStock: null,
      maxStock: null,
    });
  });

  it('§6.2.2 settings must suit the unit and keep min ≤ max', () => {
    expect(reasons(rawPart({ replenishment: { orderMultiple: '1.5' } }))).toEqual([
      'replenishment:unit_precision',
    ]);
    expect(reasons(rawPart({ replenishment: { minStock: '5', maxStock: '2' } }))).toEqual([
      'replenishment.maxStock:max_below_min',
    ]);
    expect(reasons(rawPart({ supersededBy: '90915-yzze1' }))).toEqual([
      'supersededBy:supersession_cycle',
    ]);
  });

  it('§6.2.2 a negative moving-average cost is refused', () => {
    expect(reasons(rawPart({ movingAverageCost: { amount: '-1', currency: 'CNY' } }))).toEqual([
      'movingAverageCost:negative_cost',
    ]);
  });

  it('never throws on hostile input', () => {
    for (const input of hostileInputs) expect(parsePart(input).isErr()).toBe(true);
    expect(PartNumberSchema.safeParse('x'.repeat(41)).success).toBe(false);
    expect(PartNumberSchema.safeParse('__proto__').success).toBe(false);
  });
});
