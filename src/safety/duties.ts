import * as z from 'zod/mini';
import type { Locale } from '../shared/index';

/**
 * The safety duties (安全生产职责) a responsibility system assigns, from the
 * manual's rules (§9.1.2), rewards and penalties (§9.1.3), incident handling
 * and emergency plans (§9.3) and the posts of §2.2.
 *
 * @example
 * ```ts
 * SAFETY_DUTIES.includes('hazard-verification'); // true
 * ```
 * @category safety
 * @see §9.1.1
 */
export const SAFETY_DUTIES = [
  'overall-responsibility',
  'safety-rules',
  'rewards-penalties',
  'emergency-command',
  'safety-inspection',
  'hazard-verification',
  'incident-investigation',
  'emergency-planning',
  'emergency-drills',
  'safety-training',
  'site-safety',
  'equipment-maintenance',
  'hazard-rectification',
  'hazardous-materials',
  'team-safety',
  'operating-procedures',
  'incident-reporting',
  'post-safety',
] as const;

/**
 * Schema of a {@link SafetyDuty}.
 *
 * @example
 * ```ts
 * SafetyDutySchema.safeParse('site-safety').success; // true
 * ```
 * @category safety
 * @see §9.1.1
 */
export const SafetyDutySchema = z.enum(SAFETY_DUTIES);

/**
 * One safety duty, e.g. `'hazard-rectification'`.
 *
 * @example
 * ```ts
 * const duty: SafetyDuty = 'emergency-drills';
 * ```
 * @category safety
 * @see §9.1.1
 */
export type SafetyDuty = z.infer<typeof SafetyDutySchema>;

/**
 * The levels of the responsibility system (各级, §9.1.1), highest first: the
 * principal (主要负责人, the service manager), department heads (部门负责人),
 * team leaders (班组长) and posts (岗位).
 *
 * @example
 * ```ts
 * SAFETY_LEVELS[0]; // 'principal'
 * ```
 * @category safety
 * @see §9.1.1
 */
export const SAFETY_LEVELS = ['principal', 'department', 'team', 'post'] as const;

/**
 * One of {@link SAFETY_LEVELS}.
 *
 * @example
 * ```ts
 * const level: SafetyLevel = 'team';
 * ```
 * @category safety
 * @see §9.1.1
 */
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

const DUTY_LABELS: Readonly<Record<SafetyDuty, Readonly<Record<Locale, string>>>> = {
  'overall-responsibility': { 'zh-CN': '安全生产全面负责', en: 'Overall safety responsibility' },
  'safety-rules': { 'zh-CN': '安全规章制度', en: 'Safety rules' },
  'rewards-penalties': { 'zh-CN': '安全奖惩', en: 'Rewards and penalties' },
  'emergency-command': { 'zh-CN': '应急指挥', en: 'Emergency command' },
  'safety-inspection': { 'zh-CN': '安全检查', en: 'Safety inspection' },
  'hazard-verification': { 'zh-CN': '隐患整改验收', en: 'Hazard rectification sign-off' },
  'incident-investigation': { 'zh-CN': '事故调查处理', en: 'Incident investigation' },
  'emergency-planning': { 'zh-CN': '应急预案管理', en: 'Emergency planning' },
  'emergency-drills': { 'zh-CN': '应急演练', en: 'Emergency drills' },
  'safety-training': { 'zh-CN': '安全培训', en: 'Safety training' },
  'site-safety': { 'zh-CN': '现场安全管理', en: 'Site safety' },
  'equipment-maintenance': { 'zh-CN': '设备维护保养', en: 'Equipment maintenance' },
  'hazard-rectification': { 'zh-CN': '隐患整改', en: 'Hazard rectification' },
  'hazardous-materials': { 'zh-CN': '危险品管理', en: 'Hazardous materials' },
  'team-safety': { 'zh-CN': '班组安全', en: 'Team safety' },
  'operating-procedures': { 'zh-CN': '安全操作规程', en: 'Safe operating procedures' },
  'incident-reporting': { 'zh-CN': '事故报告', en: 'Incident reporting' },
  'post-safety': { 'zh-CN': '岗位安全', en: 'Safety at one’s post' },
};

/**
 * The display name of a safety duty in a locale.
 *
 * @example
 * ```ts
 * safetyDutyLabel('hazard-rectification', 'zh-CN'); // '隐患整改'
 * ```
 * @category safety
 * @see §9.1.1
 */
export function safetyDutyLabel(duty: SafetyDuty, locale: Locale): string {
  return DUTY_LABELS[duty][locale];
}
