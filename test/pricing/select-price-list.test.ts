import { describe, expect, it } from 'vitest';
import {
  checkPriceListOverlap,
  findPriceListInForce,
  indexPriceList,
  isInForceOn,
} from '../../src/pricing/index';
import type { CalendarDate, Instant, TimeZone } from '../../src/shared/index';
import { version } from './fixtures';

const shanghai = 'Asia/Shanghai' as TimeZone;

describe('price-list versions', () => {
  it('§5.1(5) a version is in force from its first to its last day inclusive', () => {
    const v = version({ effectiveFrom: '2026-01-01', effectiveTo: '2026-01-31' });
    expect(isInForceOn(v, '2026-01-01' as CalendarDate)).toBe(true);
    expect(isInForceOn(v, '2026-01-31' as CalendarDate)).toBe(true);
    expect(isInForceOn(v, '2026-02-01' as CalendarDate)).toBe(false);
    expect(isInForceOn(version({ effectiveTo: undefined }), '2099-01-01' as CalendarDate)).toBe(
      true,
    );
  });

  it('§5.1(5) a version ending before it starts is price_list_dates_invalid', () => {
    const v = version({ effectiveFrom: '2026-02-01', effectiveTo: '2026-01-01' });
    expect(checkPriceListOverlap(v, [])._unsafeUnwrapErr().code).toBe('price_list_dates_invalid');
  });

  it('§5.1(5) drafts and other price lists never overlap', () => {
    const v = version({ id: 'plv_2' });
    expect(checkPriceListOverlap(v, [version({ status: 'draft' })]).isOk()).toBe(true);
    expect(checkPriceListOverlap(v, [version({ priceListId: 'pl_other' })]).isOk()).toBe(true);
    expect(checkPriceListOverlap(v, [version()]).isErr()).toBe(true);
  });

  it('§5.1(5) finds the published version in force in the dealer time zone, or none', () => {
    const v = version({ effectiveFrom: '2026-03-01' });
    const justBefore = '2026-02-28T15:59:59.000Z' as Instant;
    expect(findPriceListInForce([v], justBefore, shanghai)._unsafeUnwrap()).toBeUndefined();
    const indexed = findPriceListInForce([v], '2026-02-28T16:00:00.000Z' as Instant, shanghai);
    expect(indexed._unsafeUnwrap()?.version.id).toBe('plv_1');
    const reused = indexPriceList(v);
    expect(
      findPriceListInForce(
        [reused],
        '2026-03-02T00:00:00.000Z' as Instant,
        shanghai,
      )._unsafeUnwrap(),
    ).toBe(reused);
  });
});
