/**
 * How a host drives the aggregates: parse the command as it would arrive
 * from a form or an API, run the pure transition, save the new state with
 * its events at the version it was read (optimistic concurrency, outbox).
 */

import type { LedgerChange, StockLedger } from '../../src/parts/index';
import type { Inspection } from '../../src/quality/index';
import type { Change } from '../../src/shared/index';
import type { Scenario } from './context';
import { must } from './context';
import type { RepairOrder } from './library';
import type { Setup } from './step-setup';

/** Applies one repair-order command and saves the result. */
export async function applyToOrder(
  s: Scenario,
  order: RepairOrder,
  command: Record<string, unknown>,
): Promise<RepairOrder> {
  const { repairOrder } = s.lib;
  const what = `repair-order ${String(command.type)}`;
  const parsed = must(repairOrder.parseRepairOrderCommand(command), what);
  const { state, events } = must(repairOrder.transition(order, parsed), what);
  return must(
    await repairOrder
      .createRepairOrderRepository(s.store)
      .save(state, { expectedVersion: order.version, events }),
    `save ${what}`,
  );
}

/** Applies a list of commands in order. */
export async function applyAll(
  s: Scenario,
  order: RepairOrder,
  commands: readonly Record<string, unknown>[],
): Promise<RepairOrder> {
  let current = order;
  for (const command of commands) current = await applyToOrder(s, current, command);
  return current;
}

/** Applies one inspection command (three-level inspection, §3.4) and saves the result. */
export async function applyToInspection(
  s: Scenario,
  inspection: Inspection,
  command: Record<string, unknown>,
): Promise<Inspection> {
  const { quality } = s.lib;
  const what = `inspection ${String(command.type)}`;
  const parsed = must(quality.parseInspectionCommand(command), what);
  const { state, events } = must(quality.transitionInspection(inspection, parsed), what);
  return must(
    await quality
      .createQualityRepositories(s.store)
      .inspections.save(state, { expectedVersion: inspection.version, events }),
    `save ${what}`,
  );
}

/** Stores what a stock operation posted with its events in one unit of work. */
export async function saveStockChange(
  s: Scenario,
  change: LedgerChange,
  extra: readonly Change[] = [],
): Promise<void> {
  const { PARTS_COLLECTIONS } = s.lib.parts;
  const changes: Change[] = [
    ...change.posted.map((movement) => ({
      collection: PARTS_COLLECTIONS.movements,
      entity: movement,
      expectedVersion: 0,
    })),
    ...extra,
  ];
  const [first, ...rest] = changes;
  if (first === undefined) return;
  must(
    await s.store.unitOfWork.commit([{ ...first, events: change.events }, ...rest]),
    'save stock change',
  );
}

/** Issues stock to the order: reserved lines are consumed, others issued directly (§6.2.2). */
export async function issueParts(
  s: Scenario,
  setup: Setup,
  ledger: StockLedger,
  orderId: string,
  time: string,
  work: {
    readonly reservations?: readonly string[];
    readonly issues?: readonly [string, string][];
  },
): Promise<StockLedger> {
  const { parts } = s.lib;
  const context = { catalogue: setup.warehouse.catalogue };
  const at = s.at('mon', time);
  let current = ledger;
  for (const reservationId of work.reservations ?? []) {
    const change = must(
      parts.consumeReservation(
        current,
        {
          reservationId,
          idempotencyKey: `${orderId}:${reservationId}`,
          repairOrderId: orderId,
          at,
          actor: s.staff.partsClerk,
        },
        context,
      ),
      'consume reservation',
    );
    await saveStockChange(s, change);
    current = change.ledger;
  }
  const inputs = (work.issues ?? []).map(([partId, quantity]) => ({
    type: 'issue' as const,
    idempotencyKey: `${orderId}:${partId}`,
    partId,
    locationId: 'wh-main',
    unit: parts.findPart(setup.warehouse.catalogue, partId)?.unit ?? 'piece',
    quantity,
    reference: { kind: 'repair-order' as const, id: orderId },
    at,
    actor: s.staff.partsClerk,
  }));
  if (inputs.length === 0) return current;
  const change = must(parts.postMovements(current, inputs, context), 'issue parts');
  await saveStockChange(s, change);
  return change.ledger;
}

/** A repair order's active jobs as the quality module inspects them. */
export function inspectedJobs(order: RepairOrder) {
  return order.jobs
    .filter((job) => job.status !== 'declined' && job.assignment !== null)
    .map((job) => ({
      jobId: job.id,
      technicianId: job.assignment?.technicianId ?? '',
      teamId: job.assignment?.teamId ?? '',
      repairCategory: job.repairCategory,
      needsRoadTest: job.needsRoadTest,
      roadTestPassed: job.roadTest?.passed === true,
    }));
}

/** Passing results for every checklist item of the categories (§4.2(3)), measured with `equipmentId`. */
export function passingResults(s: Scenario, categories: readonly string[], equipmentId: string) {
  return s.lib.quality.defaultQualityConfig.checklists
    .filter((checklist) => categories.includes(checklist.category))
    .flatMap((checklist) =>
      checklist.items.map((item) =>
        item.kind === 'pass-fail'
          ? { kind: 'pass-fail', category: checklist.category, itemId: item.id, passed: true }
          : {
              kind: 'measurement',
              category: checklist.category,
              itemId: item.id,
              value: '6.2',
              equipmentId,
            },
      ),
    );
}
