import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  SERVICE_ITEM_KIND_LABELS,
  SERVICE_ITEM_KINDS,
  ServiceItemKindSchema,
} from '../../src/shared/index';

describe('service item kinds', () => {
  it('§1.2(1) include installation, usage training, repair and part replacement, plus maintenance, inspection and warranty', () => {
    expect([...SERVICE_ITEM_KINDS].sort()).toEqual(
      [
        'installation',
        'inspection',
        'maintenance',
        'part-replacement',
        'repair',
        'usage-training',
        'warranty',
      ].sort(),
    );
  });

  it('§1.2(1) the schema accepts exactly the listed kinds', () => {
    for (const kind of SERVICE_ITEM_KINDS)
      expect(ServiceItemKindSchema.safeParse(kind).success).toBe(true);
    for (const other of ['car-wash', 'Repair', '', 1, null]) {
      expect(ServiceItemKindSchema.safeParse(other).success).toBe(false);
    }
  });

  it('§1.2(1) every kind has a display name in every locale, in simplified characters for zh-CN', () => {
    for (const kind of SERVICE_ITEM_KINDS) {
      for (const locale of LOCALES) expect(SERVICE_ITEM_KIND_LABELS[kind][locale]).not.toBe('');
    }
    expect(SERVICE_ITEM_KIND_LABELS['part-replacement']['zh-CN']).toBe('更换零部件');
    expect(
      Object.values(SERVICE_ITEM_KIND_LABELS)
        .map((l) => l['zh-CN'])
        .join(''),
    ).not.toMatch(/[換裝務檢維訓]/);
  });
});
