import type { Actor } from '../../src/org/index';
import { computeBalance } from '../../src/repair-order/compute-balance';
import { priceSettlement } from '../../src/repair-order/final-lines';
import type { RepairOrder } from '../../src/repair-order/schema';
import { compareMoney, type Instant, isPositiveMoney } from '../../src/shared/index';
import {
  advisor,
  brakeEstimate,
  cny,
  priceList,
  qc,
  quoteOf,
  reportFor,
  settlementOptions,
  supervisor,
  tech,
  tech2,
} from './fixtures';

/** The happy path of the command model and the steps it tries out of turn. */

const OPS = [
  { kind: 'labour', opCode: 'OP-BRAKE-F', flatRateHours: '1.2' },
  { kind: 'labour', opCode: 'OP-DISC-F', flatRateHours: '1' },
  { kind: 'labour', opCode: 'OP-OIL', flatRateHours: '0.5' },
  { kind: 'part', partNumber: 'P-PAD-F', grade: 'oem' },
  { kind: 'part', partNumber: 'P-OIL', grade: 'aftermarket-brand' },
  { kind: 'part', partNumber: 'P-FILTER', grade: 'refurbished' },
  { kind: 'fee', feeCode: 'F-DISPOSAL' },
] as const;

export function newLines(seed: number, step: number) {
  const count = 1 + (seed % 3);
  return Array.from({ length: count }, (_, index) => ({
    ...OPS[(seed + index * 3) % OPS.length],
    id: `ln_${step}_${index}`,
    description: 'line',
    quantity: String(1 + ((seed + index) % 2)),
  }));
}

export const cmd = (
  type: string,
  when: Instant,
  actor: Actor,
  fields: Record<string, unknown> = {},
) => ({
  type,
  at: when,
  actor,
  ...fields,
});

function workFor(order: RepairOrder, jobId: string) {
  const job = order.jobs.find((candidate) => candidate.id === jobId);
  const approved = (job?.lines ?? []).filter((line) => line.approval === 'approved');
  return {
    opCodes: approved.flatMap((line) => (line.kind === 'labour' ? [line.opCode] : [])),
    parts: approved.flatMap((line) =>
      line.kind === 'part' ? [{ partNumber: line.partNumber, quantity: line.quantity }] : [],
    ),
    feeCodes: approved.flatMap((line) => (line.kind === 'fee' ? [line.feeCode] : [])),
  };
}

function nextWorkStep(order: RepairOrder, when: Instant): Record<string, unknown> {
  for (const job of order.jobs) {
    if (job.status === 'declined' || job.status === 'done') continue;
    if (job.assignment === null) {
      return cmd('dispatch-job', when, supervisor, {
        jobId: job.id,
        technicianId: tech.id,
        teamId: 'team_m1',
      });
    }
    const technicianId = job.assignment.technicianId;
    const open = job.clockings.some((c) => c.offAt === null);
    if (open) return cmd('clock-off', when, tech, { jobId: job.id, technicianId });
    if (job.status !== 'in-progress')
      return cmd('clock-on', when, tech, { jobId: job.id, technicianId });
    return cmd('complete-job', when, tech, { jobId: job.id, work: workFor(order, job.id) });
  }
  const untested = order.jobs.find(
    (job) => job.status === 'done' && job.needsRoadTest && job.roadTest?.passed !== true,
  );
  if (untested !== undefined) {
    return cmd('record-road-test', when, tech, { jobId: untested.id, passed: true });
  }
  return cmd('submit-for-inspection', when, tech);
}

function nextDeliveryStep(order: RepairOrder, when: Instant, n: number): Record<string, unknown> {
  if (order.settlement === null) return settleCommand(order, when, false);
  const { balance, credit } = computeBalance(order);
  const owed = compareMoney(balance, credit).unwrapOr(0) > 0;
  // Now and then the model rushes past payment, which the machine must refuse.
  const rush = n % 4 === 0;
  if (!rush && isPositiveMoney(balance) && owed) {
    return cmd('record-payment', when, advisor, {
      payment: { id: `pay_${when}`, kind: 'payment', method: 'cash', amount: balance },
    });
  }
  if (order.exitPass === null) return cmd('issue-exit-pass', when, advisor, { number: 'EP-1' });
  return cmd('deliver', when, advisor);
}

export function settleCommand(
  order: RepairOrder,
  when: Instant,
  tamper: boolean,
): Record<string, unknown> {
  const priced = priceSettlement(order, settlementOptions(when), { priceLists: [priceList] });
  const statement = priced.isOk()
    ? priced.value
    : quoteOf([{ kind: 'labour', opCode: 'OP-OIL', quantity: '1' }]);
  return cmd('settle', when, advisor, {
    statement: tamper ? { ...statement, total: cny('0.01') } : statement,
  });
}

/** The next command of the happy path for the order's status. */
export function nextStep(
  order: RepairOrder,
  when: Instant,
  step: number,
  n = 1,
): Record<string, unknown> {
  switch (order.status) {
    case 'reception':
      if (order.reception.estimate === null) {
        return cmd('attach-estimate', when, advisor, {
          estimate: brakeEstimate(),
          promisedAt: when,
        });
      }
      if (order.custody === null)
        return cmd('record-custody', when, advisor, { keys: 1, documents: [] });
      return cmd('acknowledge-reception', when, advisor, { method: 'paper-signature' });
    case 'diagnosis':
      if (order.jobs.length < 1 + (step % 2)) {
        const job = {
          id: `job_${step}`,
          title: 'job',
          repairCategory: 'minor-repair',
          lines: newLines(step, step),
        };
        return cmd('add-job', when, tech, { job });
      }
      return cmd('approve-plan', when, advisor, { decidedBy: 'customer', channel: 'phone' });
    case 'waiting-for-approval': {
      // Now and then the model tries to start the added work before consent.
      if (n % 3 === 0) return skipAhead(order, when, Math.floor(n / 3));
      const pending = order.supplementaries.find((s) => s.decision === null);
      return cmd('decide-supplementary', when, advisor, {
        supplementaryId: pending?.id ?? 'sup_none',
        decidedBy: 'customer',
        channel: 'online',
        approvedLineIds: pending?.lineIds ?? [],
        declinedLineIds: [],
      });
    }
    case 'waiting-for-parts':
      return cmd('parts-arrived', when, advisor);
    case 'approved':
    case 'in-progress':
      return nextWorkStep(order, when);
    case 'quality-check':
      return cmd('mark-ready-for-delivery', when, qc, { report: reportFor(order) });
    case 'ready-for-delivery':
      return nextDeliveryStep(order, when, n);
    default:
      return cmd('close', when, advisor);
  }
}

/** Tries a step the order is not ready for: unpaid exit, unconsented work, early delivery. */
export function skipAhead(order: RepairOrder, when: Instant, n: number): Record<string, unknown> {
  if (order.status === 'ready-for-delivery') {
    return n % 2 === 0
      ? cmd('issue-exit-pass', when, advisor, { number: 'EP-9' })
      : cmd('deliver', when, advisor);
  }
  const pending = order.jobs.find((job) => job.lines.some((line) => line.approval === 'pending'));
  if (pending !== undefined && order.planApproval !== null) {
    const jobId = pending.id;
    return [
      cmd('dispatch-job', when, supervisor, { jobId, technicianId: tech2.id, teamId: 'team_m1' }),
      cmd('clock-on', when, tech, {
        jobId,
        technicianId: pending.assignment?.technicianId ?? tech2.id,
      }),
      cmd('complete-job', when, tech, {
        jobId,
        work: {
          opCodes: pending.lines.flatMap((l) => (l.kind === 'labour' ? [l.opCode] : [])),
          parts: [],
          feeCodes: [],
        },
      }),
    ][n % 3] as Record<string, unknown>;
  }
  const pick = [
    () => cmd('deliver', when, advisor),
    () => cmd('submit-for-inspection', when, tech),
    () =>
      cmd('mark-ready-for-delivery', when, qc, {
        report: reportFor(order, { jobIds: ['job_zz'] }),
      }),
  ][n % 3];
  return pick === undefined ? nextStep(order, when, 0) : pick();
}
