import { err, ok, type Result } from 'neverthrow';
import { type Actor, authorize, type CapabilityMap } from '../org/index';
import { type DomainEvent, domainEvent, type Instant, validationError } from '../shared/index';
import { checkPriceList, type MarketBandWarning } from './check-price-list';
import { defaultPricingConfig, type PricingConfig } from './config';
import { type PricingError, priceListNotPublishable } from './errors';
import type { PriceListVersion, Publication, PublicationChannel } from './price-list-schema';
import { checkPriceListOverlap } from './select-price-list';

/**
 * A request to publish a version (价格公示) through channels.
 *
 * @example
 * ```ts
 * const command: PublishPriceListCommand = { actor: manager, at, channels: ['website', 'in-store'], otherVersions };
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export interface PublishPriceListCommand {
  /** Who publishes; needs `price-list.publish` (the service manager). */
  readonly actor: Actor;
  /** When. */
  readonly at: Instant;
  /** Channels to publish through; channels already recorded are kept, not repeated. */
  readonly channels: readonly PublicationChannel[];
  /** The other versions of the price list, to reject overlapping dates. */
  readonly otherVersions?: readonly PriceListVersion[];
}

/**
 * The payload of a `price-list.published` event.
 *
 * @example
 * ```ts
 * event.payload.channels; // ['website']
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export interface PriceListPublishedPayload {
  /** The published version. */
  readonly versionId: string;
  /** Its price list. */
  readonly priceListId: string;
  /** Channels newly published through. */
  readonly channels: readonly PublicationChannel[];
}

/**
 * The published version, market-band warnings, and the event to store.
 *
 * @example
 * ```ts
 * const { version, warnings, events }: PublishedPriceList = result.value;
 * ```
 * @category pricing
 * @see §5.2(1)
 */
export interface PublishedPriceList {
  /** The version, now `published`, with its publication records; version + 1. */
  readonly version: PriceListVersion;
  /** Items outside their market band (§5.1(4)): reported, not blocking. */
  readonly warnings: readonly MarketBandWarning[];
  /** One `price-list.published` event. */
  readonly events: readonly DomainEvent<'price-list.published', PriceListPublishedPayload>[];
}

/**
 * Publishes a price-list version through channels (§5.2(1)). Only the
 * service manager may (`price-list.publish`, §2.2.1(2)(3)). Publication is
 * refused, listing every offending item, when an item lacks fee components
 * or an explanation or is priced below cost plus the minimum margin
 * (§5.1(3), §5.2(3)(4)); and when its dates overlap another published
 * version (§5.1(5)). Publishing counts as a review: `reviewedAt` becomes `at`
 * (§5.2(2)). Publishing an already-published version through new channels
 * adds records; known channels are not repeated.
 *
 * Errors: `forbidden`, `validation_failed` (no channel), `price_list_dates_invalid`,
 * `price_list_overlap`, `price_list_not_publishable`.
 *
 * @example
 * ```ts
 * const result = publishPriceList(draft, { actor: manager, at, channels: ['website', 'in-store'] });
 * if (result.isOk()) result.value.version.status; // 'published'
 * ```
 * @category pricing
 * @see §2.2.1(2)(3)
 * @see §5.1(3)
 * @see §5.1(4)
 * @see §5.1(5)
 * @see §5.2(1)
 * @see §5.2(2)
 */
export function publishPriceList(
  version: PriceListVersion,
  command: PublishPriceListCommand,
  options: { readonly config?: PricingConfig; readonly capabilityMap?: CapabilityMap } = {},
): Result<PublishedPriceList, PricingError> {
  const allowed = authorize(command.actor, 'price-list.publish', {
    clause: '§2.2.1(2)(3)',
    map: options.capabilityMap,
  });
  if (allowed.isErr()) return err(allowed.error);
  if (command.channels.length === 0) {
    return err(
      validationError(
        [{ path: 'channels', reason: 'too_small', detail: 'name at least one channel' }],
        '§5.2(1)',
      ),
    );
  }
  const dates = checkPriceListOverlap(version, command.otherVersions ?? []);
  if (dates.isErr()) return err(dates.error);
  const check = checkPriceList(version, options.config ?? defaultPricingConfig);
  if (check.problems.length > 0) return err(priceListNotPublishable(version.id, check.problems));
  const known = new Set(version.publications.map((publication) => publication.channel));
  const channels = [...new Set(command.channels)].filter((channel) => !known.has(channel));
  const records: Publication[] = channels.map((channel) => ({
    channel,
    publishedAt: command.at,
    publishedBy: command.actor.id,
  }));
  const published: PriceListVersion = {
    ...version,
    status: 'published',
    version: version.version + 1,
    updatedAt: command.at,
    reviewedAt: command.at,
    publications: [...version.publications, ...records],
  };
  const event = domainEvent('price-list.published', {
    aggregateType: 'price-list',
    aggregateId: version.id,
    at: command.at,
    payload: { versionId: version.id, priceListId: version.priceListId, channels },
  });
  return ok({ version: published, warnings: check.warnings, events: [event] });
}
