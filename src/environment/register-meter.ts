import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type ForbiddenError, parseWith, type ValidationError } from '../shared/index';
import { checkRecordContext, permit, type RecordContext } from './command-context';
import { type EnvironmentEvent, environmentEvent } from './events';
import { MeterIdSchema } from './ids';
import { METER_UNITS, type Meter, MeterKindSchema } from './meter-schema';

/**
 * Schema of the input that registers a meter: kind, name, optional
 * location and serial number. The unit follows from the kind.
 *
 * @example
 * ```ts
 * MeterInputSchema.safeParse({ kind: 'water', name: '洗车区水表' }).success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterInputSchema = z.strictObject({
  kind: MeterKindSchema,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  location: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(100)))),
  serialNumber: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64)))),
});

/**
 * Input that registers a meter (before parsing).
 *
 * @example
 * ```ts
 * const input: MeterInput = { kind: 'electricity', name: '车间总表', location: '配电房' };
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterInput = z.input<typeof MeterInputSchema>;

/**
 * Registers an electricity, water or gas meter whose readings the dealer
 * monitors (§10.2(1) 能源管理). Needs the `energy-reading.record`
 * capability. Emits `environment.meter-registered`.
 *
 * Errors: `validation_failed`, `forbidden` (§10.2(1)).
 *
 * @example
 * ```ts
 * const { meter } = registerMeter({ kind: 'electricity', name: '车间总表' }, { id: 'mtr_1', at, actor: manager })._unsafeUnwrap();
 * meter.unit; // 'kWh'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function registerMeter(
  input: MeterInput,
  context: RecordContext,
): Result<
  { readonly meter: Meter; readonly events: readonly EnvironmentEvent[] },
  ValidationError | ForbiddenError
> {
  return checkRecordContext(context, MeterIdSchema, '§10.2(1)').andThen(({ id, at, actor }) =>
    permit(actor, 'energy-reading.record', context.capabilityMap).andThen(() =>
      parseWith(MeterInputSchema, input, '§10.2(1)').map((fields) => {
        const meter: Meter = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          kind: fields.kind,
          unit: METER_UNITS[fields.kind],
          name: fields.name,
          location: fields.location ?? null,
          serialNumber: fields.serialNumber ?? null,
        };
        const event = environmentEvent('environment.meter-registered', 'meter', id, at, {
          meterId: id,
          kind: meter.kind,
          unit: meter.unit,
          actorId: actor.id,
        });
        return { meter, events: [event] };
      }),
    ),
  );
}
