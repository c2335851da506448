import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { isJsonSafe } from './entity';
import type { ValidationError } from './errors';
import { idSchema } from './ids';
import { type Instant, InstantSchema } from './time/instant';
import { parseWith } from './validation';

const KEBAB_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const EVENT_TYPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$/;

/**
 * Schema of an aggregate type name: kebab-case, 1–64 characters
 * (`repair-order`, `purchase-order`). Storage collections use the same rule.
 *
 * @example
 * ```ts
 * AggregateTypeSchema.safeParse('repair-order').success; // true
 * AggregateTypeSchema.safeParse('RepairOrder').success; // false
 * ```
 * @category shared
 * @see X-5
 */
export const AggregateTypeSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(KEBAB_NAME, 'must be kebab-case, such as repair-order'),
  );

/**
 * Schema of an event type: dot-separated kebab-case segments, module first
 * and past-tense verb last, 1–100 characters (`repair-order.delivered`,
 * `parts.stock-issued`).
 *
 * @example
 * ```ts
 * EventTypeSchema.safeParse('repair-order.delivered').success; // true
 * EventTypeSchema.safeParse('delivered').success; // false: no module prefix
 * ```
 * @category shared
 * @see X-5
 */
export const EventTypeSchema = z
  .string()
  .check(
    z.minLength(3),
    z.maxLength(100),
    z.regex(EVENT_TYPE, 'must be module.verb in kebab-case, such as repair-order.delivered'),
  );

/**
 * A domain event (领域事件): a fact about one aggregate, emitted with every
 * state change and stored with that change in the same transaction (outbox),
 * so hosts can react (follow-up tasks, survey invitations, stock issues).
 *
 * The payload must be JSON-safe (see {@link isJsonSafe}) and must never hold
 * unmasked customer data (phone, name, VIN, plate, ID-card number): events
 * travel to queues, logs and other systems. Carry ids instead; consumers load
 * what they are allowed to see.
 *
 * @typeParam Type - the event type, `module.verb`, e.g. `'repair-order.delivered'`
 * @typeParam Payload - the event's JSON-safe data
 * @example
 * ```ts
 * type Delivered = DomainEvent<'repair-order.delivered', { readonly advisorId: string }>;
 * ```
 * @category shared
 * @see X-5
 */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  /** What happened, `module.verb` in kebab-case (`repair-order.delivered`). */
  readonly type: Type;
  /** The kind of aggregate that changed, kebab-case (`repair-order`). */
  readonly aggregateType: string;
  /** The id of the aggregate that changed. */
  readonly aggregateId: string;
  /** When it happened: the `at` of the command that caused it. */
  readonly at: Instant;
  /** JSON-safe details, free of unmasked customer data. */
  readonly payload: Payload;
}

/**
 * Schema of a {@link DomainEvent} with an unknown payload, for storage
 * adapters and hosts reading events back: checks the names, the id, the
 * instant and that the payload is JSON-safe.
 *
 * @example
 * ```ts
 * DomainEventSchema.safeParse(JSON.parse(row.event)).success;
 * ```
 * @category shared
 * @see X-5
 */
export const DomainEventSchema = z.object({
  type: EventTypeSchema,
  aggregateType: AggregateTypeSchema,
  aggregateId: idSchema<string>(),
  at: InstantSchema,
  payload: z.custom<unknown>(isJsonSafe, {
    message: 'must be JSON-safe data',
    params: { reason: 'not_json_safe' },
  }),
});

/**
 * Parses unknown input into a {@link DomainEvent}. Never throws.
 *
 * Errors: `validation_failed` (reasons include `invalid_format` for names and
 * `not_json_safe` for the payload).
 *
 * @example
 * ```ts
 * parseDomainEvent({ type: 'bay.closed', aggregateType: 'bay', aggregateId: 'bay_1', at, payload: {} }).isOk();
 * ```
 * @category shared
 * @see X-5
 */
export function parseDomainEvent(input: unknown): Result<DomainEvent, ValidationError> {
  return parseWith(DomainEventSchema, input, 'X-5');
}

/**
 * Builds a frozen {@link DomainEvent}, keeping the literal event type so that
 * a module's event union stays discriminated. Modules wrap it in one small
 * constructor per event type.
 *
 * @param type - `module.verb`, e.g. `'repair-order.delivered'`
 * @param fields - the aggregate it concerns, when it happened, and the payload
 * @example
 * ```ts
 * const event = domainEvent('repair-order.delivered', {
 *   aggregateType: 'repair-order',
 *   aggregateId: order.id,
 *   at: command.at,
 *   payload: { advisorId: command.actor.id },
 * });
 * event.type; // 'repair-order.delivered'
 * ```
 * @category shared
 * @see X-5
 */
export function domainEvent<Type extends string, Payload>(
  type: Type,
  fields: Omit<DomainEvent<Type, Payload>, 'type'>,
): DomainEvent<Type, Payload> {
  const { aggregateType, aggregateId, at, payload } = fields;
  return Object.freeze({ type, aggregateType, aggregateId, at, payload });
}

/**
 * A domain event as the outbox holds it: numbered and with its dispatch state.
 *
 * @example
 * ```ts
 * const pending: StoredEvent[] = (await store.outbox.pending(100))._unsafeUnwrap();
 * pending.every((e) => e.dispatchedAt === null); // true
 * ```
 * @category shared
 * @see X-5
 */
export type StoredEvent = DomainEvent & {
  /**
   * Position in the store's single event log: positive, strictly increasing
   * in commit order, never reused. Gaps are allowed (a rolled-back SQL
   * transaction may burn numbers), so readers page with `after`, never by counting.
   */
  readonly sequence: number;
  /** When a dispatcher marked the event as delivered; `null` while it is pending. */
  readonly dispatchedAt: Instant | null;
};
