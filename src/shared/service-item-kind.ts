import * as z from 'zod/mini';
import type { Locale } from './i18n';

/**
 * The kinds of service item (服务项目类别) a dealer offers. §1.2(1) promises a
 * full service — installation, usage training, repair and part replacement —
 * and the rest of the manual adds routine maintenance (保养), inspection
 * (检测) and warranty work (索赔/保修); one list, so a service catalogue,
 * a repair order and a report group work the same way.
 *
 * @example
 * ```ts
 * SERVICE_ITEM_KINDS.includes('usage-training'); // true
 * ```
 * @category shared
 * @see §1.2(1)
 */
export const SERVICE_ITEM_KINDS = Object.freeze([
  'maintenance',
  'repair',
  'part-replacement',
  'installation',
  'usage-training',
  'inspection',
  'warranty',
] as const);

/**
 * Schema of a {@link ServiceItemKind}.
 *
 * @example
 * ```ts
 * ServiceItemKindSchema.safeParse('car-wash').success; // false
 * ```
 * @category shared
 * @see §1.2(1)
 */
export const ServiceItemKindSchema = z.enum(SERVICE_ITEM_KINDS);

/**
 * One of the {@link SERVICE_ITEM_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ServiceItemKind = 'installation';
 * ```
 * @category shared
 * @see §1.2(1)
 */
export type ServiceItemKind = z.infer<typeof ServiceItemKindSchema>;

/**
 * Display names of the {@link SERVICE_ITEM_KINDS} in each locale, for
 * booking screens, estimates and reports.
 *
 * @example
 * ```ts
 * SERVICE_ITEM_KIND_LABELS['part-replacement']['zh-CN']; // '更换零部件'
 * ```
 * @category shared
 * @see §1.2(1)
 */
export const SERVICE_ITEM_KIND_LABELS: Readonly<
  Record<ServiceItemKind, Readonly<Record<Locale, string>>>
> = Object.freeze({
  maintenance: Object.freeze({ 'zh-CN': '保养', en: 'Maintenance' }),
  repair: Object.freeze({ 'zh-CN': '维修', en: 'Repair' }),
  'part-replacement': Object.freeze({ 'zh-CN': '更换零部件', en: 'Part replacement' }),
  installation: Object.freeze({ 'zh-CN': '产品安装', en: 'Installation' }),
  'usage-training': Object.freeze({ 'zh-CN': '使用培训', en: 'Usage training' }),
  inspection: Object.freeze({ 'zh-CN': '检测', en: 'Inspection' }),
  warranty: Object.freeze({ 'zh-CN': '保修', en: 'Warranty' }),
});
