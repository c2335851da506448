import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import {
  compareInstants,
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { checkRecordContext, permit, type RecordContext } from './command-context';
import { type EnvironmentEvent, environmentEvent } from './events';
import { MeterReadingIdSchema } from './ids';
import {
  type MeterReadingDecreasedError,
  type MeterReadingMismatchError,
  type MeterReadingTimeInvalidError,
  type MeterResetInvalidError,
  meterReadingDecreased,
  meterReadingMismatch,
  meterReadingTimeInvalid,
  meterResetInvalid,
} from './meter-errors';
import {
  type MeterReading,
  MeterReadingSchema,
  type MeterReset,
  MeterResetSchema,
  MeterSchema,
} from './meter-schema';
import { formatQuantity, type MeasuredQuantity, MeasuredQuantitySchema } from './quantity';

/**
 * Schema of {@link MeterReadingArguments}.
 *
 * @example
 * ```ts
 * MeterReadingArgumentsSchema.safeParse({ meter, previous: null, value: '100', readAt }).success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterReadingArgumentsSchema = z.object({
  meter: MeterSchema,
  previous: z.nullable(MeterReadingSchema),
  value: MeasuredQuantitySchema,
  readAt: InstantSchema,
  reset: z.optional(z.nullable(MeterResetSchema)),
});

/**
 * What {@link recordMeterReading} takes: the meter, its latest reading
 * (`null` for the first one), the register value read, when it was read,
 * and the reset flag when the meter was replaced or its register rolled over.
 *
 * @example
 * ```ts
 * const args: MeterReadingArguments = { meter, previous: latest, value: '18240.5', readAt };
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingArguments = z.input<typeof MeterReadingArgumentsSchema>;

/**
 * Every error {@link recordMeterReading} can return.
 *
 * @example
 * ```ts
 * function explain(error: MeterReadingError) { return error.code; }
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReadingError =
  | ValidationError
  | ForbiddenError
  | MeterReadingDecreasedError
  | MeterReadingTimeInvalidError
  | MeterResetInvalidError
  | MeterReadingMismatchError;

type ConsumptionError = MeterReadingDecreasedError | MeterResetInvalidError;

function consumptionAfterReset(
  meterId: string,
  previous: Decimal,
  value: Decimal,
  reset: MeterReset,
): Result<Decimal, MeterResetInvalidError> {
  if (reset.kind === 'replacement') {
    const final = new Decimal(reset.oldMeterFinal);
    const start = new Decimal(reset.newMeterStart);
    if (final.lt(previous)) return err(meterResetInvalid(meterId, 'final_below_previous'));
    if (value.lt(start)) return err(meterResetInvalid(meterId, 'value_below_start'));
    return ok(final.minus(previous).plus(value.minus(start)));
  }
  const limit = new Decimal(reset.registerLimit);
  if (limit.lte(previous)) return err(meterResetInvalid(meterId, 'limit_not_above_previous'));
  if (value.gte(limit)) return err(meterResetInvalid(meterId, 'value_not_below_limit'));
  return ok(limit.minus(previous).plus(value));
}

function computeConsumption(
  meterId: string,
  previous: MeterReading | null,
  value: MeasuredQuantity,
  reset: MeterReset | null,
): Result<MeasuredQuantity | null, ConsumptionError> {
  if (previous === null) {
    return reset === null ? ok(null) : err(meterResetInvalid(meterId, 'no_previous'));
  }
  const before = new Decimal(previous.value);
  const now = new Decimal(value);
  if (reset !== null)
    return consumptionAfterReset(meterId, before, now, reset).map((d) => formatQuantity(d));
  if (now.lt(before)) return err(meterReadingDecreased(meterId, previous.value, value));
  return ok(formatQuantity(now.minus(before)));
}

function checkTimes(
  meterId: string,
  previous: MeterReading | null,
  readAt: Instant,
  at: Instant,
): Result<true, MeterReadingTimeInvalidError> {
  if (compareInstants(readAt, at) > 0)
    return err(meterReadingTimeInvalid(meterId, 'after_recording'));
  if (previous !== null && compareInstants(readAt, previous.readAt) <= 0) {
    return err(meterReadingTimeInvalid(meterId, 'not_after_previous'));
  }
  return ok(true);
}

/**
 * Records a meter reading (抄表, §10.2(1) real-time monitoring of energy
 * use). Readings of one meter are monotonic: each is taken after the
 * previous one and is not lower than it, unless flagged as a meter
 * replacement or a register rollover, when the consumption across the
 * reset is computed exactly (see {@link MeterResetSchema}). The consumption
 * since the previous reading is stored with the reading, in decimal
 * arithmetic. Needs the `energy-reading.record` capability. Emits
 * `environment.meter-reading-recorded`.
 *
 * Errors: `validation_failed`; `forbidden`; `meter_reading_mismatch`
 * (`previous` is another meter's); `meter_reading_time_invalid`;
 * `meter_reading_decreased`; `meter_reset_invalid` — all §10.2(1).
 *
 * @example
 * ```ts
 * const { reading } = recordMeterReading(
 *   { meter, previous: latest, value: '18240.5', readAt },
 *   { id: 'rdg_2', at, actor: safetyOfficer },
 * )._unsafeUnwrap();
 * reading.consumption; // '1520.5' when the previous value was 16720
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function recordMeterReading(
  args: MeterReadingArguments,
  context: RecordContext,
): Result<
  { readonly reading: MeterReading; readonly events: readonly EnvironmentEvent[] },
  MeterReadingError
> {
  return checkRecordContext(context, MeterReadingIdSchema, '§10.2(1)').andThen(
    ({ id, at, actor }) =>
      permit(actor, 'energy-reading.record', context.capabilityMap)
        .andThen(() => parseWith(MeterReadingArgumentsSchema, args, '§10.2(1)'))
        .andThen(
          (
            parsed,
          ): Result<
            { readonly reading: MeterReading; readonly events: readonly EnvironmentEvent[] },
            MeterReadingError
          > => {
            const { meter, previous, value, readAt } = parsed;
            const reset = parsed.reset ?? null;
            if (previous !== null && previous.meterId !== meter.id) {
              return err(meterReadingMismatch(meter.id, previous.id));
            }
            return checkTimes(meter.id, previous, readAt, at)
              .andThen(() => computeConsumption(meter.id, previous, value, reset))
              .map((consumption) => {
                const reading: MeterReading = {
                  id,
                  version: 0,
                  createdAt: at,
                  updatedAt: at,
                  meterId: meter.id,
                  kind: meter.kind,
                  unit: meter.unit,
                  value,
                  readAt,
                  previousReadingId: previous?.id ?? null,
                  consumption,
                  reset,
                  recordedBy: actor.id,
                };
                const event = environmentEvent(
                  'environment.meter-reading-recorded',
                  'meter-reading',
                  id,
                  at,
                  {
                    meterId: meter.id,
                    readingId: id,
                    kind: meter.kind,
                    unit: meter.unit,
                    value,
                    consumption,
                    reset: reset?.kind ?? null,
                    readAt,
                    actorId: actor.id,
                  },
                );
                return { reading, events: [event] };
              });
          },
        ),
  );
}
