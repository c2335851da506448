import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  type CalendarDate,
  CalendarDateSchema,
  entityBaseShape,
  type ForbiddenError,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { checkRecordContext, permit, type RecordContext } from './command-context';
import {
  type HandlerLicenceInvalidError,
  type HandlerNotLicensedError,
  handlerLicenceInvalid,
  handlerNotLicensed,
} from './errors';
import { type EnvironmentEvent, environmentEvent } from './events';
import { WasteHandlerIdSchema } from './ids';
import { HazardousWasteClassSchema } from './waste-category';

const uniqueClasses = z.refine<string[]>((classes) => new Set(classes).size === classes.length, {
  message: 'lists a class twice',
  params: { reason: 'duplicate' },
});

const validityOrdered = z.refine<{ licenceValidFrom: string; licenceValidUntil: string }>(
  (licence) => licence.licenceValidFrom <= licence.licenceValidUntil,
  { message: 'the licence ends before it starts', params: { reason: 'period_reversed' } },
);

const handlerFields = {
  /** The company's registered name (not personal data). */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  licenceNumber: z.string().check(z.minLength(1), z.maxLength(64)),
  licenceValidFrom: CalendarDateSchema,
  licenceValidUntil: CalendarDateSchema,
  hazardousClasses: z.array(HazardousWasteClassSchema).check(z.maxLength(50), uniqueClasses),
};

/**
 * Schema of a waste handler (废弃物处置/利用单位) the dealer transfers waste
 * to: its licence number, the licence's first and last valid day, and the
 * hazardous waste classes the licence covers (危险废物经营许可证; empty for
 * a recycler licensed for ordinary waste only). The Solid Waste Law
 * (§10.1) lets hazardous waste go only to a handler licensed for its class.
 *
 * @example
 * ```ts
 * parseWasteHandler(JSON.parse(row)).isOk();
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(5)
 */
export const WasteHandlerSchema = z
  .object({ ...entityBaseShape, id: WasteHandlerIdSchema, ...handlerFields })
  .check(validityOrdered);

/**
 * A waste handler.
 *
 * @example
 * ```ts
 * const handler: WasteHandler = registerWasteHandler(input, context)._unsafeUnwrap().handler;
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteHandler = z.infer<typeof WasteHandlerSchema>;

/**
 * Parses a stored or received waste handler. Never throws.
 *
 * Errors: `validation_failed` (reasons include `period_reversed`, `duplicate`).
 *
 * @example
 * ```ts
 * parseWasteHandler({}).isErr(); // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export function parseWasteHandler(input: unknown): Result<WasteHandler, ValidationError> {
  return parseWith(WasteHandlerSchema, input, '§10.3(5)');
}

/**
 * Schema of the input that registers a handler: name, licence number,
 * validity and the hazardous waste classes covered.
 *
 * @example
 * ```ts
 * WasteHandlerInputSchema.safeParse({
 *   name: '某某再生资源有限公司', licenceNumber: 'JS3201OOD123',
 *   licenceValidFrom: '2026-01-01', licenceValidUntil: '2030-12-31', hazardousClasses: ['HW08'],
 * }).success; // true
 * ```
 * @category environment
 * @see §10.3(5)
 */
export const WasteHandlerInputSchema = z.strictObject(handlerFields).check(validityOrdered);

/**
 * Input that registers a handler (before parsing).
 *
 * @example
 * ```ts
 * const input: WasteHandlerInput = { name: 'Recycler', licenceNumber: 'L-1', licenceValidFrom: '2026-01-01', licenceValidUntil: '2027-12-31', hazardousClasses: [] };
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteHandlerInput = z.input<typeof WasteHandlerInputSchema>;

/**
 * Registers a waste handler. Needs the `waste.record` capability.
 * Emits `environment.waste-handler-registered`.
 *
 * Errors: `validation_failed`, `forbidden` (§10.3(5)).
 *
 * @example
 * ```ts
 * const { handler, events } = registerWasteHandler(input, { id: 'wh_1', at, actor: safetyOfficer })._unsafeUnwrap();
 * ```
 * @category environment
 * @see §10.3(5)
 */
export function registerWasteHandler(
  input: WasteHandlerInput,
  context: RecordContext,
): Result<
  { readonly handler: WasteHandler; readonly events: readonly EnvironmentEvent[] },
  ValidationError | ForbiddenError
> {
  return checkRecordContext(context, WasteHandlerIdSchema, '§10.3(5)').andThen(
    ({ id, at, actor }) =>
      permit(actor, 'waste.record', context.capabilityMap).andThen(() =>
        parseWith(WasteHandlerInputSchema, input, '§10.3(5)').map((fields) => {
          const handler: WasteHandler = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            ...fields,
          };
          const event = environmentEvent(
            'environment.waste-handler-registered',
            'waste-handler',
            id,
            at,
            {
              handlerId: id,
              hazardousClasses: fields.hazardousClasses,
              licenceValidUntil: fields.licenceValidUntil,
              actorId: actor.id,
            },
          );
          return { handler, events: [event] };
        }),
      ),
  );
}

/**
 * Whether the handler may take a lot on a date: its licence is valid that
 * day (`handler_licence_invalid`) and, for hazardous waste, covers the
 * lot's class (`handler_not_licensed`, §10.1).
 *
 * @example
 * ```ts
 * checkHandlerLicence(handler, { lotId: 'wl_1', hazardousClass: 'HW08' }, '2026-05-01' as CalendarDate).isOk();
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(5)
 */
export function checkHandlerLicence(
  handler: WasteHandler,
  lot: { readonly lotId: string; readonly hazardousClass: string | null },
  on: CalendarDate,
): Result<WasteHandler, HandlerLicenceInvalidError | HandlerNotLicensedError> {
  if (on < handler.licenceValidFrom) {
    return err(handlerLicenceInvalid(handler.id, 'not_yet_valid', handler.licenceValidFrom, on));
  }
  if (on > handler.licenceValidUntil) {
    return err(handlerLicenceInvalid(handler.id, 'expired', handler.licenceValidUntil, on));
  }
  if (lot.hazardousClass !== null && !handler.hazardousClasses.includes(lot.hazardousClass)) {
    return err(handlerNotLicensed(handler.id, lot.lotId, lot.hazardousClass));
  }
  return ok(handler);
}
