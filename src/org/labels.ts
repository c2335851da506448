import type { Locale } from '../shared/index';
import type { DepartmentKind, TeamKind } from './kinds';
import type { Role } from './roles';

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Locale, string>>>>;

const ROLE_LABELS: Labels<Role> = {
  'service-manager': { 'zh-CN': '服务经理', en: 'Service manager' },
  'service-advisor': { 'zh-CN': '服务顾问', en: 'Service advisor' },
  'workshop-supervisor': { 'zh-CN': '车间主管', en: 'Workshop supervisor' },
  'team-leader': { 'zh-CN': '班组长', en: 'Team leader' },
  technician: { 'zh-CN': '维修技师', en: 'Technician' },
  'qc-inspector': { 'zh-CN': '质检员', en: 'QC inspector' },
  'warehouse-supervisor': { 'zh-CN': '仓库主管', en: 'Warehouse supervisor' },
  'parts-clerk': { 'zh-CN': '配件管理员', en: 'Parts clerk' },
  'cs-supervisor': { 'zh-CN': '客服主管', en: 'Customer-service supervisor' },
  'cs-agent': { 'zh-CN': '客服专员', en: 'Customer-service agent' },
  'safety-officer': { 'zh-CN': '安全员', en: 'Safety officer' },
  trainer: { 'zh-CN': '培训师', en: 'Trainer' },
};

const DEPARTMENT_LABELS: Labels<DepartmentKind> = {
  'service-management': { 'zh-CN': '售后服务管理', en: 'Service management' },
  reception: { 'zh-CN': '接待前台', en: 'Reception' },
  workshop: { 'zh-CN': '车间', en: 'Workshop' },
  warehouse: { 'zh-CN': '仓库', en: 'Warehouse' },
  'customer-service': { 'zh-CN': '客服部', en: 'Customer service' },
};

const TEAM_KIND_LABELS: Labels<TeamKind> = {
  mechanical: { 'zh-CN': '机修组', en: 'Mechanical team' },
  body: { 'zh-CN': '钣金组', en: 'Body-shop team' },
  paint: { 'zh-CN': '喷漆组', en: 'Paint team' },
  electrical: { 'zh-CN': '电工组', en: 'Electrical team' },
  other: { 'zh-CN': '其他班组', en: 'Other team' },
};

/**
 * The display name of a role in a locale.
 *
 * @example
 * ```ts
 * roleLabel('workshop-supervisor', 'zh-CN'); // '车间主管'
 * roleLabel('cs-agent', 'en'); // 'Customer-service agent'
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export function roleLabel(role: Role, locale: Locale): string {
  return ROLE_LABELS[role][locale];
}

/**
 * The display name of a department kind in a locale.
 *
 * @example
 * ```ts
 * departmentLabel('reception', 'zh-CN'); // '接待前台'
 * ```
 * @category org
 * @see §2.1.1–§2.1.5
 */
export function departmentLabel(kind: DepartmentKind, locale: Locale): string {
  return DEPARTMENT_LABELS[kind][locale];
}

/**
 * The display name of a team kind in a locale.
 *
 * @example
 * ```ts
 * teamKindLabel('body', 'zh-CN'); // '钣金组'
 * ```
 * @category org
 * @see §2.1.3
 */
export function teamKindLabel(kind: TeamKind, locale: Locale): string {
  return TEAM_KIND_LABELS[kind][locale];
}
