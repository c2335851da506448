/**
 * The parts warehouse before the day: the catalogue (part numbers match the
 * price list) and eight weeks of history — an opening receipt, then what the
 * workshop used each working day — so that forecasts and reorder points have
 * something to stand on (§6.2.1).
 */
import { cny } from './dealer';

const AT = '2026-01-02T01:00:00.000Z';

function part(
  id: string,
  partNumber: string,
  name: string,
  unit: string,
  cost: string,
  replenishment: Record<string, unknown>,
  grade = 'oem',
) {
  return {
    id,
    partNumber,
    name,
    grade,
    unit,
    category: 'service',
    binLocation: `A-${partNumber.slice(2, 5)}`,
    movingAverageCost: cny(cost),
    supersededBy: null,
    replenishment: { supplierId: 'sup_faw_parts', leadTimeDays: 3, ...replenishment },
    version: 0,
    createdAt: AT,
    updatedAt: AT,
  };
}

export const partRecords = [
  part('part_oil', 'P-OIL', '全合成机油 Engine oil 5W-30', 'litre', '45.0000', {
    maxStock: '200',
  }),
  part('part_filter', 'P-FILTER', '机油滤清器 Oil filter', 'piece', '32.0000', { maxStock: '40' }),
  part('part_air_filter', 'P-AIR-FILTER', '空气滤清器 Air filter', 'piece', '55.0000', {
    maxStock: '12',
  }),
  part('part_pads', 'P-PAD-F', '前刹车片 Front brake pads', 'set', '320.0000', {
    minStock: '2',
    maxStock: '8',
  }),
  part(
    'part_disc',
    'P-DISC-F',
    '前刹车盘 Front brake disc',
    'piece',
    '260.0000',
    {
      supplierId: 'sup_brake_co',
      leadTimeDays: 5,
      minStock: '2',
      maxStock: '8',
      orderMultiple: '2',
    },
    'aftermarket-brand',
  ),
  part('part_ac_cleaner', 'P-AC-CLEANER', '空调清洗剂 A/C cleaner', 'bottle', '30.0000', {
    maxStock: '24',
  }),
  part('part_wiper', 'P-WIPER', '雨刮片 Wiper blades', 'pair', '70.0000', {
    minStock: '2',
    maxStock: '6',
  }),
];

/** Opening stock received on 2026-01-18, then daily use: [part id, quantity, every n-th working day]. */
const OPENING: readonly [string, string][] = [
  ['part_oil', '480'],
  ['part_filter', '110'],
  ['part_air_filter', '30'],
  ['part_pads', '20'],
  ['part_disc', '18'],
  ['part_ac_cleaner', '20'],
  ['part_wiper', '9'],
];

const USAGE: readonly [string, string, number][] = [
  ['part_oil', '4.5', 1],
  ['part_oil', '4.5', 1],
  ['part_filter', '1', 1],
  ['part_filter', '1', 1],
  ['part_air_filter', '1', 2],
  ['part_pads', '1', 3],
  ['part_disc', '2', 6],
  ['part_ac_cleaner', '1', 4],
  ['part_wiper', '1', 5],
];

export const HISTORY_FIRST_DAY = '2026-01-19';
export const HISTORY_DAYS = 56;

export interface HistoryLine {
  readonly key: string;
  readonly type: 'receipt' | 'issue';
  readonly partId: string;
  readonly quantity: string;
  readonly date: string;
  readonly referenceId: string;
}

const unitOf = (partId: string) =>
  partRecords.find((record) => record.id === partId)?.unit ?? 'piece';

const costOf = (partId: string) =>
  partRecords.find((record) => record.id === partId)?.movingAverageCost ?? cny('0.00');

/** The history as plain lines; the scenario turns them into ledger movements. */
export function historyLines(): HistoryLine[] {
  const lines: HistoryLine[] = OPENING.map(([partId, quantity]) => ({
    key: `gr_opening:${partId}`,
    type: 'receipt',
    partId,
    quantity,
    date: '2026-01-18',
    referenceId: 'gr_opening',
  }));
  let workingDay = 0;
  for (let day = 0; day < HISTORY_DAYS; day++) {
    const date = new Date(Date.UTC(2026, 0, 19 + day));
    if (date.getUTCDay() === 0) continue; // closed on Sundays
    workingDay++;
    const text = date.toISOString().slice(0, 10);
    USAGE.forEach(([partId, quantity, every], index) => {
      if (workingDay % every !== 0) return;
      const referenceId = `ro_hist_${text.replaceAll('-', '')}_${index}`;
      lines.push({
        key: `${referenceId}:${partId}`,
        type: 'issue',
        partId,
        quantity,
        date: text,
        referenceId,
      });
    });
  }
  return lines;
}

export function movementFields(partId: string) {
  return { partId, unit: unitOf(partId), locationId: 'wh-main', unitCost: costOf(partId) };
}
