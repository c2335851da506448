import { describe, expect, it } from 'vitest';
import { publishPriceList } from '../../src/pricing/index';
import type { Instant } from '../../src/shared/index';
import { advisor, cny, manager, rawItems, version } from './fixtures';

const at = '2026-01-02T01:00:00.000Z' as Instant;

describe('publishPriceList', () => {
  it('§5.2(1) records one publication per channel and emits price-list.published', () => {
    const draft = version({ status: 'draft' });
    const result = publishPriceList(draft, {
      actor: manager,
      at,
      channels: ['website', 'in-store'],
    });
    const { version: published, events } = result._unsafeUnwrap();
    expect(published.status).toBe('published');
    expect(published.version).toBe(draft.version + 1);
    expect(published.publications).toEqual([
      { channel: 'website', publishedAt: at, publishedBy: 'emp_mgr' },
      { channel: 'in-store', publishedAt: at, publishedBy: 'emp_mgr' },
    ]);
    expect(events).toEqual([
      {
        type: 'price-list.published',
        aggregateType: 'price-list',
        aggregateId: 'plv_1',
        at,
        payload: { versionId: 'plv_1', priceListId: 'pl_main', channels: ['website', 'in-store'] },
      },
    ]);
    expect(draft.status).toBe('draft');
  });

  it('§5.2(1) republishing adds only new channels', () => {
    const first = publishPriceList(version({ status: 'draft' }), {
      actor: manager,
      at,
      channels: ['website'],
    });
    const again = publishPriceList(first._unsafeUnwrap().version, {
      actor: manager,
      at,
      channels: ['website', 'brochure'],
    });
    expect(again._unsafeUnwrap().version.publications.map((p) => p.channel)).toEqual([
      'website',
      'brochure',
    ]);
  });

  it('§5.2(2) publishing counts as a review', () => {
    const result = publishPriceList(version(), { actor: manager, at, channels: ['brochure'] });
    expect(result._unsafeUnwrap().version.reviewedAt).toBe(at);
  });

  it('§5.2(1) at least one channel must be named', () => {
    const result = publishPriceList(version(), { actor: manager, at, channels: [] });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'validation_failed',
      clause: '§5.2(1)',
    });
  });

  it('§2.2.1(2)(3) only the service manager may publish', () => {
    const result = publishPriceList(version(), { actor: advisor, at, channels: ['website'] });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      code: 'forbidden',
      clause: '§2.2.1(2)(3)',
      data: { capability: 'price-list.publish', actorId: 'emp_sa' },
    });
  });

  it('§5.1(3) §5.2(3) §5.2(4) publication is refused listing every offending item', () => {
    const items = rawItems();
    const [labour, brake, filter, oil] = items;
    delete labour?.components;
    delete brake?.explanation;
    if (filter !== undefined) filter.cost = cny('90.00');
    if (oil !== undefined)
      oil.components = { labour: cny('0.00'), material: cny('60.00'), transport: cny('0.00') };
    const result = publishPriceList(version({ items }), {
      actor: manager,
      at,
      channels: ['website'],
    });
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'price_list_not_publishable',
      clause: '§5.1(3)',
      data: {
        versionId: 'plv_1',
        problems: [
          { itemKey: 'labour:OP-OIL:B', problem: 'components_missing' },
          { itemKey: 'labour:OP-BRAKE:B', problem: 'explanation_missing' },
          { itemKey: 'part:P-FILTER', problem: 'below_margin_floor' },
          { itemKey: 'part:P-OIL', problem: 'components_mismatch' },
        ],
      },
    });
  });

  it('§5.1(4) items outside their market band are warnings, not errors', () => {
    const result = publishPriceList(version(), { actor: manager, at, channels: ['website'] });
    expect(result._unsafeUnwrap().warnings).toEqual([
      {
        itemKey: 'labour:OP-BRAKE:B',
        position: 'above',
        unitPrice: cny('270.00'),
        band: { low: cny('200.00'), high: cny('260.00') },
      },
    ]);
  });

  it('§5.1(5) a version overlapping another published version is rejected', () => {
    const current = version({ id: 'plv_1' });
    const next = version({
      id: 'plv_2',
      status: 'draft',
      effectiveFrom: '2026-12-01',
      effectiveTo: undefined,
    });
    const result = publishPriceList(next, {
      actor: manager,
      at,
      channels: ['website'],
      otherVersions: [current],
    });
    expect(result._unsafeUnwrapErr()).toEqual({
      code: 'price_list_overlap',
      clause: '§5.1(5)',
      data: { versionId: 'plv_2', otherVersionId: 'plv_1' },
    });
    const after = version({
      id: 'plv_2',
      status: 'draft',
      effectiveFrom: '2027-01-01',
      effectiveTo: undefined,
    });
    expect(
      publishPriceList(after, {
        actor: manager,
        at,
        channels: ['website'],
        otherVersions: [current],
      }).isOk(),
    ).toBe(true);
  });
});
