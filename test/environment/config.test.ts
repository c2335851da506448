import { describe, expect, it } from 'vitest';
import {
  defaultEnvironmentConfig,
  parseEnvironmentConfig,
  wasteCategoryRule,
} from '../../src/environment/index';

describe('environment configuration', () => {
  it('REG-6 defaults to one year of hazardous waste storage and a 30-day warning', () => {
    expect(defaultEnvironmentConfig.hazardousStorageLimitDays).toBe(365);
    expect(defaultEnvironmentConfig.storageDueWithinDays).toBe(30);
    expect(defaultEnvironmentConfig.timeZone).toBe('Asia/Shanghai');
    expect(parseEnvironmentConfig(undefined)._unsafeUnwrap()).toEqual(defaultEnvironmentConfig);
    expect(Object.isFrozen(defaultEnvironmentConfig)).toBe(true);
  });

  it('REG-6 the storage limit is configurable within sane bounds', () => {
    expect(
      parseEnvironmentConfig({ hazardousStorageLimitDays: 180 })._unsafeUnwrap()
        .hazardousStorageLimitDays,
    ).toBe(180);
    const error = parseEnvironmentConfig({ hazardousStorageLimitDays: 0 })._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
    expect(error.data.issues[0]?.path).toBe('hazardousStorageLimitDays');
  });

  it('§10.3(1) a dealer sets the class of a category the defaults leave open', () => {
    const config = parseEnvironmentConfig({
      wasteCategories: {
        'oil-filter': { hazardous: true, hazardousClass: 'HW49', wasteCode: '900-041-49' },
      },
    })._unsafeUnwrap();
    expect(wasteCategoryRule('oil-filter', config)).toEqual({
      hazardous: true,
      hazardousClass: 'HW49',
      wasteCode: '900-041-49',
    });
    expect(wasteCategoryRule('used-oil', config).hazardousClass).toBe('HW08');
    expect(wasteCategoryRule('oil-filter').hazardousClass).toBeNull();
  });

  it('§10.1 rejects a code outside its class and unknown categories', () => {
    const mismatch = parseEnvironmentConfig({
      wasteCategories: {
        coolant: { hazardous: true, hazardousClass: 'HW06', wasteCode: '900-041-49' },
      },
    });
    expect(mismatch._unsafeUnwrapErr().data.issues.map((i) => i.reason)).toContain(
      'code_class_mismatch',
    );
    expect(
      parseEnvironmentConfig({
        wasteCategories: { asbestos: { hazardous: true, hazardousClass: null } },
      }).isErr(),
    ).toBe(true);
    expect(parseEnvironmentConfig({ timeZone: 'Mars/Olympus' }).isErr()).toBe(true);
  });
});
