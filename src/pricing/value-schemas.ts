import * as z from 'zod/mini';
import { MoneySchema } from '../shared/index';

/** Longest explanation text per locale. */
const MAX_TEXT_LENGTH = 2000;
/**
 * Longest op code, part number, fee code, vehicle class, labour grade or unit.
 *
 * @internal
 */
export const MAX_CODE_LENGTH = 64;

/**
 * A positive decimal quantity or hour count as text: up to 9 integer and 6
 * fraction digits, e.g. `"1.5"`, `"2"`, `"0.25"`. Never a JS number.
 *
 * @example
 * ```ts
 * QuantitySchema.safeParse('1.5').success; // true
 * QuantitySchema.safeParse('-1').success; // false
 * ```
 * @category pricing
 */
export const QuantitySchema = z.string().check(
  z.maxLength(16),
  z.regex(/^\d{1,9}(\.\d{1,6})?$/),
  z.refine((text) => /[1-9]/.test(text), {
    message: 'must be greater than zero',
    params: { reason: 'not_positive' },
  }),
);

/**
 * A non-negative rate as decimal text (`"0.10"` = 10 %), at most 1.
 *
 * @example
 * ```ts
 * RateSchema.safeParse('0.15').success; // true
 * ```
 * @category pricing
 */
export const RateSchema = z
  .string()
  .check(z.maxLength(10), z.regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/));

/**
 * A short code (op code, part number, fee code, vehicle class): letters,
 * digits and `_ . : / -`, 1–64 characters.
 *
 * @example
 * ```ts
 * CodeSchema.safeParse('OP-1001').success; // true
 * ```
 * @category pricing
 */
export const CodeSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(MAX_CODE_LENGTH), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/));

/**
 * A non-negative amount of money: prices, costs and fee components are never negative.
 *
 * @example
 * ```ts
 * PriceSchema.safeParse({ amount: '-1.00', currency: 'CNY' }).success; // false
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export const PriceSchema = MoneySchema.check(
  z.refine((money) => !money.amount.startsWith('-'), {
    message: 'must not be negative',
    params: { reason: 'negative' },
  }),
);

/**
 * Text in both supported locales, e.g. an item's price make-up (价格构成说明).
 *
 * @example
 * ```ts
 * const text: LocalizedText = { 'zh-CN': '工时费 = 定额工时 × 工时单价', en: 'Labour = quota hours × rate' };
 * ```
 * @category pricing
 * @see §5.2(4)
 */
export const LocalizedTextSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
  en: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
});

/**
 * Text in zh-CN and en.
 *
 * @example
 * ```ts
 * const text: LocalizedText = { 'zh-CN': '含工时与材料', en: 'Labour and material included' };
 * ```
 * @category pricing
 * @see §5.2(4)
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Fee components (费用构成) of a price: labour (工时费), material (材料费) and
 * transport (运输费). On a price item they break down one unit's list price
 * and must add up to it; on a quote line they break down the line amount.
 *
 * @example
 * ```ts
 * const components: FeeComponents = {
 *   labour: { amount: '180.00', currency: 'CNY' },
 *   material: { amount: '0.00', currency: 'CNY' },
 *   transport: { amount: '0.00', currency: 'CNY' },
 * };
 * ```
 * @category pricing
 * @see §5.1(3)
 * @see §5.2(3)
 */
export const FeeComponentsSchema = z.object({
  labour: PriceSchema,
  material: PriceSchema,
  transport: PriceSchema,
});

/**
 * Labour, material and transport parts of a price.
 *
 * @example
 * ```ts
 * const { labour, material, transport }: FeeComponents = quote.lines[0].components;
 * ```
 * @category pricing
 * @see §5.2(3)
 */
export type FeeComponents = z.infer<typeof FeeComponentsSchema>;

/**
 * Parts grades (配件等级) shown to the customer: original (`oem`, 原厂件),
 * brand aftermarket (`aftermarket-brand`, 品牌件) and refurbished (`refurbished`, 再制造件).
 *
 * @example
 * ```ts
 * PARTS_GRADES.includes('oem'); // true
 * ```
 * @category pricing
 * @see REG-3
 */
export const PARTS_GRADES = ['oem', 'aftermarket-brand', 'refurbished'] as const;

/**
 * Schema of a {@link PartsGrade}.
 *
 * @example
 * ```ts
 * PartsGradeSchema.safeParse('refurbished').success; // true
 * ```
 * @category pricing
 * @see REG-3
 */
export const PartsGradeSchema = z.enum(PARTS_GRADES);

/**
 * A parts grade.
 *
 * @example
 * ```ts
 * const grade: PartsGrade = 'aftermarket-brand';
 * ```
 * @category pricing
 * @see REG-3
 */
export type PartsGrade = z.infer<typeof PartsGradeSchema>;

/**
 * Fee kinds (其他费用) a price list may carry: transport, consumables and
 * materials, and disposal.
 *
 * @example
 * ```ts
 * FEE_TYPES; // ['transport', 'materials', 'disposal']
 * ```
 * @category pricing
 * @see §5.1(3)
 */
export const FEE_TYPES = ['transport', 'materials', 'disposal'] as const;

/**
 * The market reference band (市场参考价) of one unit: prices outside it are
 * reported as warnings when publishing.
 *
 * @example
 * ```ts
 * const band: MarketBand = { low: { amount: '150.00', currency: 'CNY' }, high: { amount: '220.00', currency: 'CNY' } };
 * ```
 * @category pricing
 * @see §5.1(4)
 */
export const MarketBandSchema = z.object({ low: PriceSchema, high: PriceSchema });

/**
 * A market reference band.
 *
 * @example
 * ```ts
 * const band: MarketBand = { low: { amount: '150.00', currency: 'CNY' }, high: { amount: '220.00', currency: 'CNY' } };
 * ```
 * @category pricing
 * @see §5.1(4)
 */
export type MarketBand = z.infer<typeof MarketBandSchema>;
