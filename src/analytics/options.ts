import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { InstantSchema, parseWith, type ValidationError } from '../shared/index';
import { PeriodGranularitySchema } from './kpi';

/** Options every KPI takes: the period granularity, optionally a split. */
export function optionsSchema<const B extends readonly [string, ...string[]]>(splits: B) {
  return z.object({
    granularity: PeriodGranularitySchema,
    by: z.optional(z.enum(splits)),
  });
}

/** Options of KPIs judged as things stood at an instant (`asOf`). */
export function asOfOptionsSchema<const B extends readonly [string, ...string[]]>(splits: B) {
  return z.object({
    granularity: PeriodGranularitySchema,
    by: z.optional(z.enum(splits)),
    asOf: InstantSchema,
  });
}

/** Parses KPI options; module configurations passed alongside are typed, not re-parsed. */
export function parseOptions<T>(
  schema: z.ZodMiniType<T, unknown>,
  options: unknown,
): Result<T, ValidationError> {
  return parseWith(schema, options, '§11.2.2');
}

/** Options of KPIs with no split: the period granularity only. */
export const GranularityOptionsSchema = z.object({ granularity: PeriodGranularitySchema });
