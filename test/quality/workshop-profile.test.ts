import { describe, expect, it } from 'vitest';
import { parseWorkshopProfile } from '../../src/quality/index';
import { hostileInputs, T0 } from './fixtures';

const profile = {
  id: 'ws_1',
  version: 0,
  createdAt: T0,
  updatedAt: T0,
  dealerCode: 'SH4S01',
  name: '上海某4S店售后服务部',
  licenceCategory: 'class-1',
  licenceNumber: '沪交运管许可 310000001',
  timeZone: 'Asia/Shanghai',
};

describe('workshop profile (§4.1(1))', () => {
  it('§4.1(1) records the GB/T 16739 licence category', () => {
    expect(parseWorkshopProfile(profile)._unsafeUnwrap().licenceCategory).toBe('class-1');
    for (const category of ['class-2', 'class-3']) {
      expect(parseWorkshopProfile({ ...profile, licenceCategory: category }).isOk()).toBe(true);
    }
  });

  it('§4.1(1) rejects unknown categories, bad dealer codes and hostile input', () => {
    expect(
      parseWorkshopProfile({ ...profile, licenceCategory: 'class-9' })._unsafeUnwrapErr().clause,
    ).toBe('§4.1(1)');
    expect(parseWorkshopProfile({ ...profile, dealerCode: 'sh-01' }).isErr()).toBe(true);
    expect(parseWorkshopProfile({ ...profile, dealerCode: 'A'.repeat(10_000) }).isErr()).toBe(true);
    for (const input of hostileInputs) expect(parseWorkshopProfile(input).isErr()).toBe(true);
  });
});
