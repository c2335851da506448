import type { PriceItem } from './price-item-schema';
import type { PriceListVersion } from './price-list-schema';

/**
 * The key that identifies an item within a price-list version:
 * `labour:<opCode>:<vehicleClass>`, `part:<partNumber>` or `fee:<feeCode>`.
 *
 * @example
 * ```ts
 * priceItemKey({ kind: 'part', partNumber: 'P-FILTER' }); // 'part:P-FILTER'
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export function priceItemKey(
  item:
    | { readonly kind: 'labour'; readonly opCode: string; readonly vehicleClass: string }
    | { readonly kind: 'part'; readonly partNumber: string }
    | { readonly kind: 'fee'; readonly feeCode: string },
): string {
  switch (item.kind) {
    case 'labour':
      return `labour:${item.opCode}:${item.vehicleClass}`;
    case 'part':
      return `part:${item.partNumber}`;
    case 'fee':
      return `fee:${item.feeCode}`;
  }
}

/**
 * A price-list version with its items indexed by key, so that a quote looks
 * each line up in constant time. Build it once with {@link indexPriceList}
 * and pass it to {@link quote} in place of the version to reuse it across
 * quotes. Not data: do not store it.
 *
 * @example
 * ```ts
 * const indexed: PriceListIndex = indexPriceList(version);
 * indexed.items.get('part:P-FILTER')?.kind; // 'part'
 * ```
 * @category pricing
 */
export interface PriceListIndex {
  /** The indexed version. */
  readonly version: PriceListVersion;
  /** Items by {@link priceItemKey}; on a duplicate key the first item wins. */
  readonly items: ReadonlyMap<string, PriceItem>;
}

/**
 * Indexes a version's items by key (O(items), once).
 *
 * @example
 * ```ts
 * const indexed = indexPriceList(version);
 * quote(request, { priceLists: [indexed], rules });
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export function indexPriceList(version: PriceListVersion): PriceListIndex {
  const items = new Map<string, PriceItem>();
  for (const item of version.items) {
    const key = priceItemKey(item);
    if (!items.has(key)) items.set(key, item);
  }
  return Object.freeze({ version, items });
}
