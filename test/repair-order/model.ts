import type { RepairOrder } from '../../src/repair-order/schema';
import { addMinutesToInstant } from '../../src/shared/index';
import { advisor, cny, leader, manager, qc, quoteOf, T0, tech, tech2 } from './fixtures';

import { cmd, newLines, nextStep, settleCommand, skipAhead } from './model-steps';

/**
 * The command model of the property test: an action picks the next command
 * from the order's current state — either the next step of the happy path
 * or random noise (wrong actors, added work, partial payments, off-plan
 * work, rework, tampered statements).
 */

export const ACTIONS = [
  'next',
  'wrong-actor',
  'propose',
  'decide-some',
  'multipoint',
  'off-plan',
  'rework',
  'partial-payment',
  'credit',
  'tampered-settle',
  'wait-parts',
  'skip-ahead',
  'refund',
  'cancel',
] as const;

export type Action = { readonly kind: (typeof ACTIONS)[number]; readonly n: number };

/** The command an action stands for, given the order. */
export function commandFor(
  order: RepairOrder,
  action: Action,
  step: number,
): Record<string, unknown> {
  const when = addMinutesToInstant(T0, step * 7);
  const { n } = action;
  switch (action.kind) {
    case 'wrong-actor':
      return { ...nextStep(order, when, step), actor: [tech2, leader, manager, qc][n % 4] };
    case 'propose':
      return cmd('propose-supplementary', when, advisor, {
        supplementaryId: `sup_${step}`,
        reason: 'found more',
        urgency: n % 2 === 0 ? 'red' : 'yellow',
        estimate: quoteOf([{ kind: 'labour', opCode: 'OP-OIL', quantity: '1' }], `q_${step}`),
        newJobs: [
          {
            id: `job_s${step}`,
            title: 'added',
            repairCategory: 'special-repair',
            lines: newLines(n, step),
          },
        ],
        addedLines: [],
      });
    case 'decide-some': {
      const pending = order.supplementaries.find((s) => s.decision === null);
      const ids = pending?.lineIds ?? [];
      const approvedLineIds = ids.filter((_, index) => (n >> index) % 2 === 0);
      return cmd('decide-supplementary', when, advisor, {
        supplementaryId: pending?.id ?? 'sup_none',
        decidedBy: 'authorised-representative',
        channel: 'wechat',
        approvedLineIds,
        declinedLineIds: ids.filter((id) => !approvedLineIds.includes(id)),
      });
    }
    case 'multipoint':
      return cmd('record-multipoint', when, tech, {
        items: [{ code: `mp${n % 3}`, label: 'item', result: ['green', 'yellow', 'red'][n % 3] }],
      });
    case 'off-plan': {
      const job = order.jobs[n % Math.max(1, order.jobs.length)];
      return cmd('complete-job', when, tech, {
        jobId: job?.id ?? 'job_x',
        work: { opCodes: ['OP-DISC-F', 'OP-OIL'], parts: [], feeCodes: ['F-DISPOSAL'] },
      });
    }
    case 'rework':
      return cmd('require-rework', when, qc, {
        jobIds: order.jobs
          .filter((j) => j.status === 'done')
          .map((j) => j.id)
          .slice(0, 1),
        findings: ['redo'],
      });
    case 'partial-payment':
      return cmd('record-payment', when, advisor, {
        payment: {
          id: `pay_p${step}`,
          kind: n % 3 === 0 ? 'deposit' : 'payment',
          method: 'bank-card',
          amount: cny(`${1 + (n % 300)}.00`),
        },
      });
    case 'refund':
      return cmd('record-payment', when, advisor, {
        payment: {
          id: `ref_${step}`,
          kind: 'refund',
          method: 'cash',
          amount: cny(`${1 + (n % 50)}.00`),
        },
      });
    case 'credit':
      return cmd('approve-credit', when, manager, {
        amount: cny(`${1 + (n % 700)}.00`),
        reason: 'fleet',
      });
    case 'tampered-settle':
      return settleCommand(order, when, true);
    case 'wait-parts':
      return cmd('wait-for-parts', when, advisor, { reason: 'no stock', partNumbers: ['P-PAD-F'] });
    case 'skip-ahead':
      return skipAhead(order, when, n);
    case 'cancel':
      return n % 4 === 0
        ? cmd('cancel', when, advisor, { reason: 'customer left' })
        : nextStep(order, when, step);
    default:
      return nextStep(order, when, step, n);
  }
}
