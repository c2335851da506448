import { type DomainEvent, domainEvent, type Instant } from '../shared/index';

type Ids = string;

/**
 * The payload of every environment event, by event type. Payloads carry
 * ids, codes, quantities and instants only, so events can go to queues and
 * logs.
 *
 * @example
 * ```ts
 * type Transferred = EnvironmentEventPayloads['environment.waste-transferred'];
 * ```
 * @category environment
 * @see X-5
 * @see §10.3(5)
 * @see §10.2(1)
 */
export interface EnvironmentEventPayloads {
  'environment.waste-generated': {
    lotId: Ids;
    category: string;
    hazardous: boolean;
    hazardousClass: string | null;
    weightKg: string;
    repairOrderId: Ids | null;
    actorId: Ids;
  };
  'environment.waste-stored': {
    lotId: Ids;
    category: string;
    hazardous: boolean;
    location: string;
    actorId: Ids;
  };
  'environment.waste-transferred': {
    lotId: Ids;
    category: string;
    hazardous: boolean;
    hazardousClass: string | null;
    weightKg: string;
    handlerId: Ids;
    route: string;
    manifestNumber: string | null;
    actorId: Ids;
  };
  'environment.waste-handler-registered': {
    handlerId: Ids;
    hazardousClasses: readonly string[];
    licenceValidUntil: string;
    actorId: Ids;
  };
  'environment.waste-handler-licence-renewed': {
    handlerId: Ids;
    hazardousClasses: readonly string[];
    licenceValidUntil: string;
    actorId: Ids;
  };
  'environment.meter-registered': { meterId: Ids; kind: string; unit: string; actorId: Ids };
  'environment.meter-reading-recorded': {
    meterId: Ids;
    readingId: Ids;
    kind: string;
    unit: string;
    value: string;
    consumption: string | null;
    reset: 'replacement' | 'rollover' | null;
    readAt: Instant;
    actorId: Ids;
  };
}

/**
 * Every environment event type, `environment.<thing>-<verb>ed`.
 *
 * @example
 * ```ts
 * const type: EnvironmentEventType = 'environment.waste-stored';
 * ```
 * @category environment
 * @see X-5
 */
export type EnvironmentEventType = keyof EnvironmentEventPayloads;

/**
 * One environment domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: EnvironmentEvent) {
 *   if (event.type === 'environment.waste-transferred') archive(event.payload.manifestNumber);
 * }
 * ```
 * @category environment
 * @see X-5
 */
export type EnvironmentEvent = {
  [K in EnvironmentEventType]: DomainEvent<K, Readonly<EnvironmentEventPayloads[K]>>;
}[EnvironmentEventType];

/**
 * The aggregate types environment events name.
 *
 * @example
 * ```ts
 * const aggregate: EnvironmentAggregateType = 'waste-lot';
 * ```
 * @category environment
 * @see X-5
 */
export type EnvironmentAggregateType = 'waste-lot' | 'waste-handler' | 'meter' | 'meter-reading';

/** Builds a frozen environment event. */
export function environmentEvent<K extends EnvironmentEventType>(
  type: K,
  aggregateType: EnvironmentAggregateType,
  aggregateId: string,
  at: Instant,
  payload: EnvironmentEventPayloads[K],
): EnvironmentEvent {
  return domainEvent(type, {
    aggregateType,
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as EnvironmentEvent;
}
