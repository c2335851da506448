import type { Checklist, ChecklistItem } from './checklist';
import type { RepairCategory } from './repair-category';

function passFail(id: string, zh: string, en: string): ChecklistItem {
  return { id, kind: 'pass-fail', label: { 'zh-CN': zh, en } } as ChecklistItem;
}

// Items every category ends with: the work ordered is done and nothing was left loose or leaking.
const COMMON: readonly ChecklistItem[] = [
  passFail('work-completed', '工单项目全部完成', 'All ordered work completed'),
  passFail('no-leaks', '无漏油、漏水、漏气', 'No oil, coolant or air leaks'),
  passFail('no-fault-codes', '无故障码', 'No stored fault codes'),
  passFail('vehicle-clean', '车辆清洁，防护用品已撤除', 'Vehicle clean, protective covers removed'),
];

const MAINTENANCE: readonly ChecklistItem[] = [
  passFail('fluid-levels', '各油液液位正常', 'Fluid levels correct'),
  passFail('lights-horn-wipers', '灯光、喇叭、雨刮工作正常', 'Lights, horn and wipers work'),
  passFail('service-indicator-reset', '保养提示已复位', 'Service indicator reset'),
];

// GB 7258: passenger-car tread depth at least 1.6 mm; measured with a tread gauge.
const TREAD_DEPTH = {
  id: 'tread-depth',
  kind: 'measurement',
  unit: 'mm',
  min: '1.6',
  label: { 'zh-CN': '轮胎花纹深度', en: 'Tyre tread depth' },
} as ChecklistItem;

const VEHICLE_PERFORMANCE: readonly ChecklistItem[] = [
  passFail('brakes', '制动性能合格', 'Braking performance within limits'),
  passFail('steering', '转向系统无异常', 'Steering works without play or noise'),
  passFail('emissions', '排放符合标准', 'Exhaust emissions within limits'),
  passFail('road-test', '路试正常', 'Road test normal'),
  TREAD_DEPTH,
];

const FUNCTION_TEST = passFail('function-test', '修复系统功能测试正常', 'Repaired system works');
const FASTENERS = passFail(
  'fasteners-torqued',
  '紧固件按规定力矩紧固',
  'Fasteners torqued to spec',
);

function checklist(category: RepairCategory, items: readonly ChecklistItem[]): Checklist {
  return { category, items: [...items, ...COMMON] } as Checklist;
}

/**
 * A starting set of inspection checklists (检验单), one per repair category:
 * maintenance categories check fluids, lights and the service indicator;
 * second-level maintenance and overhauls add brakes, steering, emissions, a
 * road test and the tyre tread depth (at least 1.6 mm, GB 7258); repairs add
 * a function test of the repaired system; every list ends with work
 * completed, no leaks, no fault codes and a clean vehicle. Dealers replace
 * them through `QualityConfig.checklists` with their own process sheets.
 *
 * @example
 * ```ts
 * defaultChecklists.find((c) => c.category === 'minor-repair')?.items.map((i) => i.id);
 * ```
 * @category quality
 * @see §4.2(3)
 */
export const defaultChecklists: readonly Checklist[] = [
  checklist('routine-maintenance', MAINTENANCE),
  checklist('first-level-maintenance', [...MAINTENANCE, FASTENERS]),
  checklist('second-level-maintenance', [...MAINTENANCE, FASTENERS, ...VEHICLE_PERFORMANCE]),
  checklist('minor-repair', [FUNCTION_TEST]),
  checklist('special-repair', [FUNCTION_TEST, FASTENERS]),
  checklist('assembly-overhaul', [FUNCTION_TEST, FASTENERS, ...VEHICLE_PERFORMANCE]),
  checklist('whole-vehicle-overhaul', [
    ...MAINTENANCE,
    FUNCTION_TEST,
    FASTENERS,
    ...VEHICLE_PERFORMANCE,
  ]),
];
