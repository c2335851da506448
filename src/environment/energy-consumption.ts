import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import { parseWith, type ValidationError } from '../shared/index';
import { defaultEnvironmentConfig, type EnvironmentConfig } from './config';
import type { MeterId } from './ids';
import {
  METER_KINDS,
  METER_UNITS,
  type MeterKind,
  type MeterReading,
  type MeterUnit,
} from './meter-schema';
import { isInstantInPeriod, type Period, parsePeriod } from './period';
import { divideQuantities, formatQuantity, type MeasuredQuantity, sumQuantities } from './quantity';

/**
 * One meter's consumption in a period and how many readings it rests on.
 *
 * @example
 * ```ts
 * const line: MeterConsumption = summary.byMeter[0];
 * line.consumption; // '3120.5'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface MeterConsumption {
  readonly meterId: MeterId;
  readonly kind: MeterKind;
  readonly unit: MeterUnit;
  readonly consumption: MeasuredQuantity;
  readonly readings: number;
}

/**
 * A kind's total in its unit.
 *
 * @example
 * ```ts
 * const electricity: KindConsumption = summary.byKind.electricity; // { unit: 'kWh', consumption: '5400' }
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface KindConsumption {
  readonly unit: MeterUnit;
  readonly consumption: MeasuredQuantity;
}

/**
 * Consumption in a period, per meter (ordered by meter id) and per kind
 * (electricity kWh, water m³, gas m³), as exact decimal strings.
 *
 * @example
 * ```ts
 * const summary: EnergyConsumptionSummary = summarizeEnergyConsumption(readings, march)._unsafeUnwrap();
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface EnergyConsumptionSummary {
  readonly period: Period;
  readonly byMeter: readonly MeterConsumption[];
  readonly byKind: Readonly<Record<MeterKind, KindConsumption>>;
}

function byKind(totals: (kind: MeterKind) => Decimal): Record<MeterKind, KindConsumption> {
  return Object.fromEntries(
    METER_KINDS.map((kind) => [
      kind,
      { unit: METER_UNITS[kind], consumption: formatQuantity(totals(kind)) },
    ]),
  ) as Record<MeterKind, KindConsumption>;
}

/**
 * Sums the consumption of the readings taken in a period (§10.2(1)). A
 * reading's consumption — since the meter's previous reading — counts in
 * the period in which it was read, by the dealer's calendar (both period
 * ends inclusive); a meter's first reading only sets its baseline. Reading
 * every meter on the last day of each month therefore gives exact monthly
 * figures; nothing is interpolated.
 *
 * Errors: `validation_failed` (a malformed or reversed period).
 *
 * @example
 * ```ts
 * const march = { from: '2026-03-01', to: '2026-03-31' } as Period;
 * summarizeEnergyConsumption(readings, march)._unsafeUnwrap().byKind.electricity.consumption; // '5400'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function summarizeEnergyConsumption(
  readings: readonly MeterReading[],
  period: Period,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): Result<EnergyConsumptionSummary, ValidationError> {
  return parsePeriod(period, '§10.2(1)').map((checked) => {
    const counted = readings.filter(
      (reading) =>
        reading.consumption !== null && isInstantInPeriod(reading.readAt, checked, config.timeZone),
    );
    const meters = new Map<MeterId, MeterReading[]>();
    for (const reading of counted)
      meters.set(reading.meterId, [...(meters.get(reading.meterId) ?? []), reading]);
    const byMeter = [...meters.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([meterId, own]) => {
        const first = own[0] as MeterReading;
        return {
          meterId,
          kind: first.kind,
          unit: first.unit,
          consumption: formatQuantity(sumQuantities(own.map((r) => r.consumption ?? '0'))),
          readings: own.length,
        };
      });
    const totals = (kind: MeterKind) =>
      sumQuantities(counted.filter((r) => r.kind === kind).map((r) => r.consumption ?? '0'));
    return { period: checked, byMeter, byKind: byKind(totals) };
  });
}

/**
 * Energy and water use per repair order in a period: each kind's
 * consumption ÷ the number of repair orders, rounded half-up to
 * `intensityDecimals` (3 by default). With no repair orders the ratio is
 * undefined, so `perRepairOrder` is `null` for every kind — never a
 * division by zero, never `Infinity`.
 *
 * @example
 * ```ts
 * const intensity: EnergyIntensity = computeEnergyIntensity(summary, 412)._unsafeUnwrap();
 * intensity.byKind.electricity.perRepairOrder; // '13.107'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface EnergyIntensity {
  readonly repairOrders: number;
  readonly byKind: Readonly<
    Record<MeterKind, KindConsumption & { readonly perRepairOrder: MeasuredQuantity | null }>
  >;
}

const RepairOrderCountSchema = z.int().check(z.gte(0), z.lte(100_000_000));

/**
 * Intensity per repair order (§10.2(1) energy efficiency): a period's
 * consumption by kind (from {@link summarizeEnergyConsumption}) divided by
 * the repair orders of the same period, which the host counts (e.g.
 * delivered repair orders). Zero repair orders gives `perRepairOrder: null`.
 *
 * Errors: `validation_failed` (a negative or fractional count).
 *
 * @example
 * ```ts
 * computeEnergyIntensity(summary, 0)._unsafeUnwrap().byKind.water.perRepairOrder; // null
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function computeEnergyIntensity(
  consumption: Pick<EnergyConsumptionSummary, 'byKind'>,
  repairOrders: number,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): Result<EnergyIntensity, ValidationError> {
  return parseWith(RepairOrderCountSchema, repairOrders, '§10.2(1)').map((count) => {
    const divisor = new Decimal(count);
    const entries = METER_KINDS.map((kind) => {
      const { unit, consumption: total } = consumption.byKind[kind];
      const perRepairOrder = divideQuantities(
        new Decimal(total),
        divisor,
        config.intensityDecimals,
      );
      return [kind, { unit, consumption: total, perRepairOrder }] as const;
    });
    return {
      repairOrders: count,
      byKind: Object.fromEntries(entries) as EnergyIntensity['byKind'],
    };
  });
}
