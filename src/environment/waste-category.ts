import * as z from 'zod/mini';
import type { Locale } from '../shared/index';

/**
 * The waste categories of an after-sales workshop (废弃物分类, §10.3(1)):
 * - hazardous by default: `used-oil` 废机油 (and other waste lubricants),
 *   `brake-fluid` 废制动液, `oil-filter` 废机油滤芯, `lead-acid-battery`
 *   废铅蓄电池, `coolant` 废防冻液, `refrigerant` 废制冷剂 (recovered from air
 *   conditioning), `paint-waste` 废漆渣 (paint sludge, used paint cans and
 *   solvent), `oily-rags` 含油抹布手套, `other-hazardous`;
 * - not hazardous: `tyre` 废轮胎, `scrap-metal` 废金属, `used-parts` 废旧零部件
 *   (drained parts kept for remanufacture, §10.3(4)), `paper` 废纸,
 *   `plastic` 废塑料, `other`.
 *
 * @example
 * ```ts
 * WASTE_CATEGORIES.includes('lead-acid-battery'); // true
 * ```
 * @category environment
 * @see §10.3(1)
 */
export const WASTE_CATEGORIES = Object.freeze([
  'used-oil',
  'brake-fluid',
  'oil-filter',
  'lead-acid-battery',
  'coolant',
  'refrigerant',
  'paint-waste',
  'oily-rags',
  'other-hazardous',
  'tyre',
  'scrap-metal',
  'used-parts',
  'paper',
  'plastic',
  'other',
] as const);

/**
 * Schema of a {@link WasteCategory}.
 *
 * @example
 * ```ts
 * WasteCategorySchema.safeParse('used-oil').success; // true
 * ```
 * @category environment
 * @see §10.3(1)
 */
export const WasteCategorySchema = z.enum(WASTE_CATEGORIES);

/**
 * A waste category; see {@link WASTE_CATEGORIES}.
 *
 * @example
 * ```ts
 * const category: WasteCategory = 'paint-waste';
 * ```
 * @category environment
 * @see §10.3(1)
 */
export type WasteCategory = z.infer<typeof WasteCategorySchema>;

/**
 * Schema of a class of the National Catalogue of Hazardous Wastes
 * (国家危险废物名录): `HW01` to `HW50`, e.g. `HW08` waste mineral oil,
 * `HW31` lead-containing waste, `HW12` paint waste, `HW49` other waste.
 *
 * @example
 * ```ts
 * HazardousWasteClassSchema.safeParse('HW08').success; // true
 * HazardousWasteClassSchema.safeParse('HW51').success; // false
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(1)
 */
export const HazardousWasteClassSchema = z
  .string()
  .check(z.regex(/^HW(0[1-9]|[1-4]\d|50)$/, 'must be a catalogue class HW01–HW50'));

/**
 * Schema of an eight-digit hazardous waste code of the catalogue
 * (废物代码, e.g. `900-214-08`); its last two digits are its class.
 *
 * @example
 * ```ts
 * HazardousWasteCodeSchema.safeParse('900-214-08').success; // true
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(1)
 */
export const HazardousWasteCodeSchema = z
  .string()
  .check(z.regex(/^\d{3}-\d{3}-\d{2}$/, 'must look like 900-214-08'));

/**
 * Schema of how one category is treated: whether it is hazardous waste
 * (危险废物), its catalogue class and, optionally, its eight-digit code.
 * A category that is not hazardous has neither (reason `code_without_hazard`);
 * a code must belong to the class (reason `code_class_mismatch`).
 *
 * @example
 * ```ts
 * WasteCategoryRuleSchema.safeParse({ hazardous: true, hazardousClass: 'HW49', wasteCode: '900-041-49' }).success; // true
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(1)
 */
export const WasteCategoryRuleSchema = z
  .strictObject({
    hazardous: z.boolean(),
    hazardousClass: z.nullable(HazardousWasteClassSchema),
    wasteCode: z._default(z.nullable(HazardousWasteCodeSchema), null),
  })
  .check(
    z.refine(
      (rule) => rule.hazardous || (rule.hazardousClass === null && rule.wasteCode === null),
      {
        message: 'a category that is not hazardous has no hazardous waste class or code',
        params: { reason: 'code_without_hazard' },
      },
    ),
    z.refine(
      (rule) =>
        rule.wasteCode === null ||
        (rule.hazardousClass !== null && rule.wasteCode.endsWith(rule.hazardousClass.slice(2))),
      {
        message: 'the waste code does not belong to the hazardous waste class',
        params: { reason: 'code_class_mismatch' },
      },
    ),
  );

/**
 * How one waste category is treated; see {@link WasteCategoryRuleSchema}.
 *
 * @example
 * ```ts
 * const rule: WasteCategoryRule = { hazardous: true, hazardousClass: 'HW08', wasteCode: null };
 * ```
 * @category environment
 * @see §10.3(1)
 */
export type WasteCategoryRule = z.infer<typeof WasteCategoryRuleSchema>;

const hazardous = (hazardousClass: string | null): WasteCategoryRule =>
  Object.freeze({ hazardous: true, hazardousClass, wasteCode: null });
const ordinary: WasteCategoryRule = Object.freeze({
  hazardous: false,
  hazardousClass: null,
  wasteCode: null,
});

/**
 * The default treatment of each category under the Solid Waste Law and the
 * National Catalogue of Hazardous Wastes (§10.1). Classes are filled in only
 * where the catalogue is unambiguous for a workshop: `HW08` for used oil and
 * brake fluid (waste lubricants and brake oil from vehicle repair), `HW31`
 * for lead-acid batteries, `HW12` for paint waste, `HW49` for other
 * hazardous waste. Oil filters, coolant, refrigerant and oily rags are
 * hazardous with no class: local environmental impact assessments classify
 * them differently, so a dealer sets the class in
 * `EnvironmentConfig.wasteCategories` before transferring them. No
 * eight-digit codes are preset.
 *
 * @example
 * ```ts
 * defaultWasteCategoryRules['lead-acid-battery'].hazardousClass; // 'HW31'
 * defaultWasteCategoryRules.paper.hazardous; // false
 * ```
 * @category environment
 * @see §10.1
 * @see §10.3(1)
 */
export const defaultWasteCategoryRules: Readonly<Record<WasteCategory, WasteCategoryRule>> =
  Object.freeze({
    'used-oil': hazardous('HW08'),
    'brake-fluid': hazardous('HW08'),
    'oil-filter': hazardous(null),
    'lead-acid-battery': hazardous('HW31'),
    coolant: hazardous(null),
    refrigerant: hazardous(null),
    'paint-waste': hazardous('HW12'),
    'oily-rags': hazardous(null),
    'other-hazardous': hazardous('HW49'),
    tyre: ordinary,
    'scrap-metal': ordinary,
    'used-parts': ordinary,
    paper: ordinary,
    plastic: ordinary,
    other: ordinary,
  });

const LABELS: Readonly<Record<WasteCategory, readonly [zh: string, en: string]>> = {
  'used-oil': ['废机油', 'Used oil'],
  'brake-fluid': ['废制动液', 'Used brake fluid'],
  'oil-filter': ['废机油滤芯', 'Used oil filters'],
  'lead-acid-battery': ['废铅蓄电池', 'Lead-acid batteries'],
  coolant: ['废防冻液', 'Used coolant'],
  refrigerant: ['废制冷剂', 'Recovered refrigerant'],
  'paint-waste': ['废漆渣及漆桶', 'Paint waste'],
  'oily-rags': ['含油抹布手套', 'Oily rags and gloves'],
  'other-hazardous': ['其他危险废物', 'Other hazardous waste'],
  tyre: ['废轮胎', 'Tyres'],
  'scrap-metal': ['废金属', 'Scrap metal'],
  'used-parts': ['废旧零部件', 'Used parts'],
  paper: ['废纸', 'Paper'],
  plastic: ['废塑料', 'Plastic'],
  other: ['其他废弃物', 'Other waste'],
};

/**
 * The category's name in a locale, for ledgers and reports.
 *
 * @example
 * ```ts
 * wasteCategoryLabel('lead-acid-battery', 'zh-CN'); // '废铅蓄电池'
 * ```
 * @category environment
 * @see §10.3(1)
 */
export function wasteCategoryLabel(category: WasteCategory, locale: Locale): string {
  const [zh, en] = LABELS[category];
  return locale === 'zh-CN' ? zh : en;
}
