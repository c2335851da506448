import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  CurrencyCodeSchema,
  DEFAULT_TIME_ZONE,
  type Money,
  MoneySchema,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';

const MAX_DUE_DAYS = 366;

const DueDaysSchema = z.int().check(z.gte(1), z.lte(MAX_DUE_DAYS));

// The manual sets no numbers for §12 (only the headings survive). These are
// common CAPA practice in 4S groups: a corrective action (a problem that has
// happened) is due within 30 days, a preventive one within 60; a single
// proposal award is capped at 5,000 CNY so that one award cannot drain a
// dealer's yearly innovation fund (创新基金).
const DEFAULTS = {
  timeZone: DEFAULT_TIME_ZONE,
  currency: 'CNY',
  action: { dueDays: { corrective: 30, preventive: 60 } },
  proposal: { maxAward: { amount: '5000.00', currency: 'CNY' } },
} as const;

/**
 * Schema of the improvement module's configuration; every field is optional
 * and defaults to {@link defaultImprovementConfig}:
 * - `timeZone` (`Asia/Shanghai`): the dealer's zone, in which due dates and
 *   overdue checks are calendar days;
 * - `currency` (`CNY`): the currency of innovation funds and awards;
 * - `action.dueDays`: days from opening to the due date when the opener gives
 *   none — `corrective` 30, `preventive` 60 (practice, §12.1.1–§12.1.3);
 * - `proposal.maxAward`: the largest single award from the innovation fund,
 *   5000.00 CNY (practice, §12.2.1).
 *
 * @example
 * ```ts
 * ImprovementConfigSchema.safeParse({ action: { dueDays: { corrective: 14 } } }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export const ImprovementConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULTS.timeZone),
  currency: z._default(CurrencyCodeSchema, DEFAULTS.currency),
  action: z._default(
    z.strictObject({
      dueDays: z._default(
        z.strictObject({
          corrective: z._default(DueDaysSchema, DEFAULTS.action.dueDays.corrective),
          preventive: z._default(DueDaysSchema, DEFAULTS.action.dueDays.preventive),
        }),
        { ...DEFAULTS.action.dueDays },
      ),
    }),
    { dueDays: { ...DEFAULTS.action.dueDays } },
  ),
  proposal: z._default(
    z.strictObject({
      maxAward: z._default(MoneySchema, { ...DEFAULTS.proposal.maxAward }),
    }),
    { maxAward: { ...DEFAULTS.proposal.maxAward } as Money },
  ),
});

/**
 * The improvement module's configuration.
 *
 * @example
 * ```ts
 * const config: ImprovementConfig = parseImprovementConfig({ timeZone: 'Asia/Urumqi' })._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ImprovementConfig = z.infer<typeof ImprovementConfigSchema>;

/**
 * The default configuration (values and reasons in
 * {@link ImprovementConfigSchema}). Frozen.
 *
 * @example
 * ```ts
 * defaultImprovementConfig.action.dueDays.corrective; // 30
 * defaultImprovementConfig.proposal.maxAward; // { amount: '5000.00', currency: 'CNY' }
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 */
export const defaultImprovementConfig: ImprovementConfig = Object.freeze({
  timeZone: DEFAULTS.timeZone,
  currency: DEFAULTS.currency,
  action: Object.freeze({ dueDays: Object.freeze({ ...DEFAULTS.action.dueDays }) }),
  proposal: Object.freeze({
    maxAward: Object.freeze({ ...DEFAULTS.proposal.maxAward }) as Money,
  }),
});

/**
 * Parses a dealer's improvement configuration, filling what is missing from
 * {@link defaultImprovementConfig}. Never throws.
 *
 * @returns the configuration, or `validation_failed` (e.g. `time_zone_unknown`,
 * `unrecognized_keys`, a due-day count outside 1–366)
 * @example
 * ```ts
 * parseImprovementConfig({ action: { dueDays: { preventive: 90 } } }).isOk(); // true
 * parseImprovementConfig({ action: { dueDays: { corrective: 0 } } }).isErr(); // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function parseImprovementConfig(input: unknown): Result<ImprovementConfig, ValidationError> {
  return parseWith(ImprovementConfigSchema, input ?? {});
}
