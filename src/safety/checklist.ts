import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/deep-freeze';
import { type SafetyArea, SafetyAreaSchema } from './hazard-schema';
import { boundedText, MAX_LABEL, uniqueBy } from './text';

const ItemIdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * Schema of a safety inspection checklist (安全检查表): an id, the area it is
 * for, a title and its items, each with a stable id and the point to check.
 *
 * @example
 * ```ts
 * SafetyChecklistSchema.safeParse({ id: 'ws', area: 'workshop', title: '车间', items: [{ id: 'exit', text: '安全出口畅通' }] }).success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SafetyChecklistSchema = z.object({
  id: ItemIdSchema,
  area: SafetyAreaSchema,
  title: boundedText(MAX_LABEL),
  items: z.array(z.object({ id: ItemIdSchema, text: boundedText(MAX_LABEL) })).check(
    z.minLength(1),
    z.maxLength(200),
    uniqueBy((item) => item.id),
  ),
});

/**
 * A safety inspection checklist.
 *
 * @example
 * ```ts
 * const checklist: SafetyChecklist = defaultSafetyChecklists[0]!;
 * ```
 * @category safety
 * @see §9.1.2
 */
export type SafetyChecklist = z.infer<typeof SafetyChecklistSchema>;

const item = (id: string, text: string) => ({ id, text });

/**
 * The default checklists (practice for a 4S workshop; the manual asks for a
 * safety inspection system, §9.1.2, without listing points): workshop,
 * paint shop, warehouse and customer area — exits and fire equipment
 * everywhere; lifts, compressed air, electrics, protective equipment and
 * waste oil in the workshop; booth ventilation and solvents in the paint
 * shop; stacking and flammables in the warehouse. Deeply frozen.
 *
 * @example
 * ```ts
 * defaultSafetyChecklists.map((c) => c.area); // ['workshop', 'paint-shop', 'warehouse', 'customer-area']
 * ```
 * @category safety
 * @see §9.1.2
 */
export const defaultSafetyChecklists: readonly SafetyChecklist[] = deepFreeze([
  {
    id: 'workshop',
    area: 'workshop' as SafetyArea,
    title: '车间安全检查表',
    items: [
      item('exits', '安全出口、消防通道畅通，标识清晰'),
      item('extinguishers', '灭火器、消火栓在位且在有效期内'),
      item('lifts', '举升机保险锁、限位有效，定期检验'),
      item('compressed-air', '空压机、储气罐及管路无泄漏，安全阀有效'),
      item('electrics', '电气线路、插座无破损，漏电保护有效'),
      item('ppe', '作业人员按规定佩戴劳动防护用品'),
      item('waste-oil', '废机油、油污及时收集，地面无油渍'),
      item('ev-area', '新能源车辆维修区隔离、绝缘工具完好'),
    ],
  },
  {
    id: 'paint-shop',
    area: 'paint-shop' as SafetyArea,
    title: '喷漆房安全检查表',
    items: [
      item('ventilation', '烤漆房通风、过滤系统运行正常'),
      item('solvents', '油漆、稀释剂限量存放，密闭保管'),
      item('explosion-proof', '防爆电器完好，无明火作业'),
      item('extinguishers', '灭火器在位且在有效期内'),
    ],
  },
  {
    id: 'warehouse',
    area: 'warehouse' as SafetyArea,
    title: '仓库安全检查表',
    items: [
      item('exits', '安全出口、通道畅通'),
      item('stacking', '货架稳固，堆放不超高'),
      item('flammables', '油品、化学品分区存放，标识清楚'),
      item('extinguishers', '灭火器在位且在有效期内'),
    ],
  },
  {
    id: 'customer-area',
    area: 'customer-area' as SafetyArea,
    title: '客户区安全检查表',
    items: [
      item('exits', '安全出口、疏散指示完好'),
      item('floor', '地面干燥防滑，无绊倒隐患'),
      item('facilities', '电器、饮水设备安全完好'),
      item('separation', '客户区与作业区有效隔离'),
    ],
  },
]);
