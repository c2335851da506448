import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, ActorSchema, type CapabilityMap } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { permit } from './command-context';
import { type EnvironmentEvent, environmentEvent } from './events';
import {
  type WasteHandler,
  type WasteHandlerInput,
  WasteHandlerInputSchema,
} from './waste-handler';

/**
 * A renewed licence: number, first and last valid day, and the hazardous
 * waste classes it covers.
 *
 * @example
 * ```ts
 * const licence: WasteHandlerLicence = { licenceNumber: 'JS3201OOD456', licenceValidFrom: '2028-01-01', licenceValidUntil: '2032-12-31', hazardousClasses: ['HW08'] };
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteHandlerLicence = Pick<
  WasteHandlerInput,
  'licenceNumber' | 'licenceValidFrom' | 'licenceValidUntil' | 'hazardousClasses'
>;

const ContextSchema = z.object({ at: InstantSchema, actor: ActorSchema });

/**
 * Records a handler's renewed or amended licence (licences run for a few
 * years and list the classes they cover). Lots already transferred keep
 * the licence number they were transferred under. Needs the
 * `waste.record` capability. Emits `environment.waste-handler-licence-renewed`.
 *
 * Errors: `validation_failed` (reasons include `period_reversed`,
 * `duplicate`); `forbidden` (§10.3(5)).
 *
 * @example
 * ```ts
 * const { handler: renewed } = renewWasteHandlerLicence(handler, licence, { at, actor: safetyOfficer })._unsafeUnwrap();
 * renewed.licenceValidUntil; // '2032-12-31'
 * ```
 * @category environment
 * @see §10.3(5)
 * @see §10.1
 */
export function renewWasteHandlerLicence(
  handler: WasteHandler,
  licence: WasteHandlerLicence,
  context: { readonly at: Instant; readonly actor: Actor; readonly capabilityMap?: CapabilityMap },
): Result<
  { readonly handler: WasteHandler; readonly events: readonly EnvironmentEvent[] },
  ValidationError | ForbiddenError
> {
  return parseWith(ContextSchema, context, '§10.3(5)').andThen(({ at, actor }) =>
    permit(actor, 'waste.record', context.capabilityMap).andThen(() =>
      parseWith(WasteHandlerInputSchema, withLicence(handler, licence), '§10.3(5)').map(
        (fields) => {
          const renewed: WasteHandler = { ...handler, ...fields, updatedAt: at };
          const event = environmentEvent(
            'environment.waste-handler-licence-renewed',
            'waste-handler',
            handler.id,
            at,
            {
              handlerId: handler.id,
              hazardousClasses: fields.hazardousClasses,
              licenceValidUntil: fields.licenceValidUntil,
              actorId: actor.id,
            },
          );
          return { handler: renewed, events: [event] };
        },
      ),
    ),
  );
}

/** The handler's name with the new licence's fields only: nothing else can change here. */
function withLicence(handler: WasteHandler, licence: WasteHandlerLicence): unknown {
  const input = (licence ?? {}) as Partial<WasteHandlerLicence>;
  return {
    name: handler.name,
    licenceNumber: input.licenceNumber,
    licenceValidFrom: input.licenceValidFrom,
    licenceValidUntil: input.licenceValidUntil,
    hazardousClasses: input.hazardousClasses,
  };
}
