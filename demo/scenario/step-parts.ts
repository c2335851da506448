/**
 * §6.2.2, §6.2.1, §6.1.1, X-4: the day's parts movements read back from the
 * store, the ledger rebuilt from them, and the replenishment plan the day's
 * usage causes — purchase suggestions by supplier and shortage alerts.
 */
import type { ReplenishmentPlan, StockLedger, StockMovement } from '../../src/parts/index';
import type { Instant, Page } from '../../src/shared/index';
import { HISTORY_DAYS, HISTORY_FIRST_DAY } from './catalogue';
import { must, type Scenario, wallTime } from './context';
import type { Setup } from './step-setup';

export interface PartsOfTheDay {
  readonly movements: readonly StockMovement[];
  readonly lostSales: number;
  readonly plan: ReplenishmentPlan;
  readonly rebuiltMatches: boolean;
}

async function storedMovements(s: Scenario, setup: Setup): Promise<StockMovement[]> {
  const repos = s.lib.parts.createPartsRepositories(s.store);
  const all: StockMovement[] = [];
  for (const part of setup.warehouse.parts) {
    let cursor: string | null = null;
    do {
      const page: Page<StockMovement> = must(
        await repos.movements.listByPart(part.id, { limit: 500, cursor }),
        'movements',
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  return all;
}

export async function reviewParts(
  s: Scenario,
  setup: Setup,
  ledger: StockLedger,
): Promise<PartsOfTheDay> {
  const { parts, shared } = s.lib;
  const { catalogue } = setup.warehouse;
  const from = s.at('mon', '00:00');
  const to = s.at('tue', '00:00');
  const onTheDay = (at: Instant) =>
    shared.compareInstants(at, from) >= 0 && shared.compareInstants(at, to) < 0;
  const stored = await storedMovements(s, setup);
  const rebuilt = must(parts.replayLedger(stored, { catalogue }), 'replay ledger');
  const rebuiltMatches = setup.warehouse.parts.every(
    (part) =>
      parts.stockLevel(rebuilt, part.id).onHand === parts.stockLevel(ledger, part.id).onHand,
  );
  const movements = stored
    .filter((movement) => onTheDay(movement.at))
    .sort((a, b) => shared.compareInstants(a.at, b.at) || a.id.localeCompare(b.id));
  const lostSales = ledger.lostSales.filter((sale) => onTheDay(sale.at));
  s.log.say(
    `今日出入库 ${movements.length} 笔、缺货登记 ${lostSales.length} 笔（从数据库读回，按流水重建的库存与账面一致：${rebuiltMatches ? '是' : '否'}）`,
    `The day's stock movements: ${movements.length}, lost sales: ${lostSales.length} (read back from the database; the ledger rebuilt from them matches: ${rebuiltMatches ? 'yes' : 'no'})`,
  );
  const number = (partId: string) => parts.findPart(catalogue, partId)?.partNumber ?? partId;
  const rows = [
    ...movements.map((movement) => ({
      at: movement.at,
      text: `${movement.type.padEnd(7)} ${number(movement.partId).padEnd(13)} ${movement.quantity.padStart(4)} ${movement.unit.padEnd(6)} → ${movement.reference.id.padEnd(15)} closing stock ${parts.stockLevel(ledger, movement.partId).onHand}`,
    })),
    ...lostSales.map((sale) => ({
      at: sale.at,
      text: `${'lost'.padEnd(7)} ${number(sale.partId).padEnd(13)} ${sale.quantity.padStart(4)} ${sale.unit.padEnd(6)} (not in stock: a lost sale)`,
    })),
  ].sort((a, b) => shared.compareInstants(a.at, b.at));
  for (const row of rows) s.log.note(`${wallTime(row.at, 'en').slice(-5)}  ${row.text}`);
  const demand = must(
    parts.buildDailyDemand(ledger, catalogue, {
      from: must(shared.parseCalendarDate(HISTORY_FIRST_DAY), 'date'),
      days: HISTORY_DAYS + 1,
    }),
    'daily demand',
  );
  const inputs = setup.warehouse.parts.map((part) =>
    parts.toReplenishmentPart(part, ledger, { dailyDemand: demand.get(part.id) ?? [], onOrder: 0 }),
  );
  const plan = must(parts.planReplenishment(inputs), 'replenishment');
  for (const order of plan.orders) {
    const lines = order.lines.map((line) => {
      const number = parts.findPart(catalogue, line.partId)?.partNumber ?? line.partId;
      return `${number} × ${line.quantity} (ROP ${line.reorderPoint.toFixed(1)}, position ${line.position})`;
    });
    s.log.say(
      `补货建议 → 供应商 ${order.supplierId ?? '未指定'}：${lines.join('；')}`,
      `Purchase suggestion → supplier ${order.supplierId ?? 'none'}: ${lines.join('; ')}`,
    );
  }
  const shortages = plan.shortages.map(
    (alert) => parts.findPart(catalogue, alert.partId)?.partNumber ?? alert.partId,
  );
  s.log.say(
    `缺货预警 ${shortages.length} 项（可用量 ≤ 再订货点）：${shortages.join('、') || '无'}；积压预警 ${plan.overstocks.length} 项（§6.2.2）`,
    `Shortage alerts (available ≤ reorder point): ${shortages.join(', ') || 'none'}; overstock alerts: ${plan.overstocks.length} (§6.2.2)`,
  );
  return { movements, lostSales: lostSales.length, plan, rebuiltMatches };
}
