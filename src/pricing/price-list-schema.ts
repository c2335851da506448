import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  entityBaseShape,
  type Id,
  InstantSchema,
  idSchema,
} from '../shared/index';
import { PriceItemSchema } from './price-item-schema';

/** Items in one price-list version (bound against hostile input). */
const MAX_ITEMS = 20_000;
/**
 * Channels a price list is published through (公示渠道): website (网站),
 * brochure (价目手册) and in store (店内公示).
 *
 * @example
 * ```ts
 * PUBLICATION_CHANNELS.length; // 3
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export const PUBLICATION_CHANNELS = ['website', 'brochure', 'in-store'] as const;

/**
 * Schema of a {@link PublicationChannel}.
 *
 * @example
 * ```ts
 * PublicationChannelSchema.safeParse('in-store').success; // true
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export const PublicationChannelSchema = z.enum(PUBLICATION_CHANNELS);

/**
 * A publication channel.
 *
 * @example
 * ```ts
 * const channel: PublicationChannel = 'website';
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export type PublicationChannel = z.infer<typeof PublicationChannelSchema>;

/**
 * One publication record: which channel, when, by whom.
 *
 * @example
 * ```ts
 * const record: Publication = { channel: 'website', publishedAt: '2026-01-01T00:00:00.000Z' as Instant, publishedBy: 'emp_1' };
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export const PublicationSchema = z.object({
  channel: PublicationChannelSchema,
  publishedAt: InstantSchema,
  publishedBy: idSchema<'Employee'>(),
});

/**
 * A publication record.
 *
 * @example
 * ```ts
 * const [first]: Publication[] = version.publications;
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export type Publication = z.infer<typeof PublicationSchema>;

/**
 * Identifier of a price-list version.
 *
 * @example
 * ```ts
 * const id = 'plv_2026_03' as PriceListVersionId;
 * ```
 * @category pricing
 */
export type PriceListVersionId = Id<'PriceListVersion'>;

/**
 * One version of the dealer's price list (价目表): its items, the calendar
 * dates (dealer time zone, both inclusive) it is in force, its publication
 * records and when it was last reviewed. Draft until published.
 *
 * @example
 * ```ts
 * const parsed = parseWith(PriceListVersionSchema, json);
 * ```
 * @category pricing
 * @see §5.1(5)
 * @see §5.2(1)
 * @see §5.2(2)
 */
export const PriceListVersionSchema = z.object({
  ...entityBaseShape,
  id: idSchema<'PriceListVersion'>(),
  priceListId: idSchema<'PriceList'>(),
  status: z.enum(['draft', 'published']),
  currency: CurrencyCodeSchema,
  effectiveFrom: CalendarDateSchema,
  effectiveTo: z.optional(CalendarDateSchema),
  reviewedAt: InstantSchema,
  items: z.array(PriceItemSchema).check(z.maxLength(MAX_ITEMS)),
  publications: z.array(PublicationSchema).check(z.maxLength(100)),
});

/**
 * A price-list version.
 *
 * @example
 * ```ts
 * const version: PriceListVersion = parsePriceListVersion(json)._unsafeUnwrap();
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export type PriceListVersion = z.infer<typeof PriceListVersionSchema>;
