import { describe, expect, it } from 'vitest';
import {
  ChecklistItemSchema,
  ChecklistSchema,
  defaultChecklists,
  isWithinLimits,
  type MeasurementItem,
  REPAIR_CATEGORIES,
} from '../../src/quality/index';
import { parseWith } from '../../src/shared/index';
import { hostileInputs } from './fixtures';

const label = { 'zh-CN': '制动盘厚度', en: 'Brake disc thickness' };
const measurement = (limits: Record<string, string>) =>
  ({ id: 'disc', kind: 'measurement', unit: 'mm', label, ...limits }) as MeasurementItem;

describe('checklist items (§4.2(3))', () => {
  it('§4.2(3) a measurement needs a norm with tolerance, or min and/or max', () => {
    expect(
      ChecklistItemSchema.safeParse(measurement({ norm: '2.5', tolerance: '0.1' })).success,
    ).toBe(true);
    expect(ChecklistItemSchema.safeParse(measurement({ min: '1.6' })).success).toBe(true);
    expect(ChecklistItemSchema.safeParse(measurement({ min: '1', max: '2' })).success).toBe(true);
    expect(ChecklistItemSchema.safeParse(measurement({})).success).toBe(false);
    expect(ChecklistItemSchema.safeParse(measurement({ norm: '2.5' })).success).toBe(false);
    expect(
      ChecklistItemSchema.safeParse(measurement({ norm: '2', tolerance: '1', min: '0' })).success,
    ).toBe(false);
    expect(ChecklistItemSchema.safeParse(measurement({ min: '3', max: '2' })).success).toBe(false);
    expect(ChecklistItemSchema.safeParse(measurement({ norm: '2', tolerance: '-1' })).success).toBe(
      false,
    );
    expect(ChecklistItemSchema.safeParse(measurement({ min: '1e3' })).success).toBe(false);
  });

  it('§4.2(3) judges measurements exactly, limits inclusive', () => {
    const norm = measurement({ norm: '2.5', tolerance: '0.1' });
    expect(isWithinLimits(norm, '2.6')).toBe(true);
    expect(isWithinLimits(norm, '2.4')).toBe(true);
    expect(isWithinLimits(norm, '2.61')).toBe(false);
    expect(isWithinLimits(measurement({ min: '1.6' }), '1.6')).toBe(true);
    expect(isWithinLimits(measurement({ min: '1.6' }), '1.59')).toBe(false);
    expect(isWithinLimits(measurement({ max: '0.3' }), '0.1')).toBe(true);
    expect(isWithinLimits(measurement({ min: '-1', max: '1' }), '-1.5')).toBe(false);
  });

  it('§4.2(3) default checklists cover every repair category with unique items', () => {
    expect(defaultChecklists.map((c) => c.category)).toEqual([...REPAIR_CATEGORIES]);
    for (const checklist of defaultChecklists) {
      expect(parseWith(ChecklistSchema, checklist).isOk()).toBe(true);
      expect(checklist.items.map((i) => i.id)).toContain('work-completed');
    }
    const second = defaultChecklists.find((c) => c.category === 'second-level-maintenance');
    expect(second?.items.find((i) => i.id === 'tread-depth')).toMatchObject({
      kind: 'measurement',
      min: '1.6',
    });
  });

  it('§4.2(3) rejects duplicate item ids and hostile input', () => {
    const item = { id: 'a', kind: 'pass-fail', label };
    expect(
      ChecklistSchema.safeParse({ category: 'minor-repair', items: [item, item] }).success,
    ).toBe(false);
    for (const input of hostileInputs) {
      expect(parseWith(ChecklistSchema, input).isErr()).toBe(true);
      expect(parseWith(ChecklistItemSchema, input).isErr()).toBe(true);
    }
  });
});
