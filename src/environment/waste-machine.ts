import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { CapabilityMap, EmployeeId } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { permit } from './command-context';
import { defaultEnvironmentConfig, type EnvironmentConfig } from './config';
import {
  type HandlerLicenceInvalidError,
  type HandlerNotLicensedError,
  type HazardousClassRequiredError,
  hazardousClassRequired,
  type InvalidTransitionError,
  invalidTransition,
  type TransferManifestRequiredError,
  transferManifestRequired,
} from './errors';
import { type EnvironmentEvent, environmentEvent } from './events';
import type { MeasuredQuantity } from './quantity';
import { type WasteLotCommand, WasteLotCommandSchema } from './waste-commands';
import { checkHandlerLicence, type WasteHandler } from './waste-handler';
import type { DisposalRoute, WasteLot } from './waste-lot-schema';

/**
 * The lot after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { lot, events }: WasteLotTransition = transitionWasteLot(lot, command)._unsafeUnwrap();
 * ```
 * @category environment
 * @see §10.3(5)
 */
export interface WasteLotTransition {
  readonly lot: WasteLot;
  readonly events: readonly EnvironmentEvent[];
}

/**
 * Every error {@link transitionWasteLot} can return.
 *
 * @example
 * ```ts
 * function explain(error: WasteLotTransitionError) { return error.code; }
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteLotTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | HazardousClassRequiredError
  | TransferManifestRequiredError
  | HandlerLicenceInvalidError
  | HandlerNotLicensedError;

/**
 * Options of {@link transitionWasteLot}: the configuration (the dealer's
 * zone for ledger dates) and the host's role → capability map.
 *
 * @example
 * ```ts
 * const options: WasteLotTransitionOptions = { config: parseEnvironmentConfig(host)._unsafeUnwrap() };
 * ```
 * @category environment
 * @see §10.3(5)
 */
export interface WasteLotTransitionOptions {
  readonly config?: EnvironmentConfig;
  readonly capabilityMap?: CapabilityMap;
}

type Outcome = Result<WasteLotTransition, WasteLotTransitionError>;

interface TransferInput {
  readonly at: Instant;
  readonly actorId: EmployeeId;
  readonly handler: WasteHandler;
  readonly route: DisposalRoute;
  readonly weightKg: MeasuredQuantity;
  readonly manifestNumber: string | null;
}

function transfer(lot: WasteLot, input: TransferInput, config: EnvironmentConfig): Outcome {
  const { at, handler } = input;
  if (lot.hazardous && lot.hazardousClass === null) {
    return err(hazardousClassRequired(lot.id, lot.category));
  }
  if (lot.hazardous && input.manifestNumber === null) {
    return err(transferManifestRequired(lot.id, lot.hazardousClass));
  }
  const transferredOn = toDealerDate(at, config.timeZone);
  return checkHandlerLicence(
    handler,
    { lotId: lot.id, hazardousClass: lot.hazardousClass },
    transferredOn,
  ).map(() => {
    const next: WasteLot = {
      ...lot,
      status: 'transferred',
      updatedAt: at,
      transfer: {
        handlerId: handler.id,
        licenceNumber: handler.licenceNumber,
        route: input.route,
        weightKg: input.weightKg,
        manifestNumber: input.manifestNumber,
        transferredAt: at,
        transferredOn,
        transferredBy: input.actorId,
      },
    };
    const event = environmentEvent('environment.waste-transferred', 'waste-lot', lot.id, at, {
      lotId: lot.id,
      category: lot.category,
      hazardous: lot.hazardous,
      hazardousClass: lot.hazardousClass,
      weightKg: input.weightKg,
      handlerId: handler.id,
      route: input.route,
      manifestNumber: input.manifestNumber,
      actorId: input.actorId,
    });
    return { lot: next, events: [event] };
  });
}

/**
 * Applies one command to a waste lot along the storage ledger (§10.3(5)):
 * `generated` → `stored` → `transferred`. Transferring hazardous waste needs
 * its catalogue class (§10.3(1)), a transfer manifest number (转移联单,
 * REG-6) and a handler whose licence is valid on the transfer date in the
 * dealer's zone and covers the class (§10.1, the Solid Waste Law); ordinary
 * waste needs a handler with a valid licence. Both steps need the
 * `waste.record` capability. Every step emits an event; any other
 * combination of status and command is `invalid_transition`, never ignored.
 *
 * Errors: `validation_failed`; `forbidden` (§10.3(5)); `invalid_transition`
 * (§10.3(5)); `hazardous_class_required` (§10.3(1));
 * `transfer_manifest_required` (REG-6); `handler_licence_invalid`,
 * `handler_not_licensed` (§10.3(5)).
 *
 * @example
 * ```ts
 * const stored = transitionWasteLot(lot, { type: 'store', at, actor, location: '危废暂存间' })._unsafeUnwrap().lot;
 * transitionWasteLot(stored, { type: 'transfer', at, actor, handler, route: 'recycle' });
 * // err: transfer_manifest_required for hazardous waste
 * ```
 * @category environment
 * @see §10.3(5)
 * @see REG-6
 * @see §10.1
 * @see §10.3(2)–(4)
 */
export function transitionWasteLot(
  lot: WasteLot,
  command: WasteLotCommand,
  options: WasteLotTransitionOptions = {},
): Result<WasteLotTransition, WasteLotTransitionError> {
  const config = options.config ?? defaultEnvironmentConfig;
  return parseWith(WasteLotCommandSchema, command, '§10.3(5)').andThen((cmd) => {
    const { at, actor } = cmd;
    const allowed = () => permit(actor, 'waste.record', options.capabilityMap);
    return match([lot.status, cmd] as const)
      .with(['generated', { type: 'store' }], ([, c]) =>
        allowed().andThen((): Outcome => {
          const storage = {
            location: c.location,
            storedAt: at,
            storedOn: toDealerDate(at, config.timeZone),
            storedBy: actor.id,
          };
          const event = environmentEvent('environment.waste-stored', 'waste-lot', lot.id, at, {
            lotId: lot.id,
            category: lot.category,
            hazardous: lot.hazardous,
            location: c.location,
            actorId: actor.id,
          });
          return ok({ lot: { ...lot, status: 'stored', updatedAt: at, storage }, events: [event] });
        }),
      )
      .with(['stored', { type: 'transfer' }], ([, c]) =>
        allowed().andThen(() =>
          transfer(
            lot,
            {
              at,
              actorId: actor.id,
              handler: c.handler,
              route: c.route,
              weightKg: c.weightKg ?? lot.weightKg,
              manifestNumber: c.manifestNumber ?? null,
            },
            config,
          ),
        ),
      )
      .otherwise(([status, c]) => err(invalidTransition(lot.id, status, c.type)));
  });
}
