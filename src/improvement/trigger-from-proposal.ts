import type { ImprovementProposal } from './proposal-schema';
import type { ImprovementTrigger } from './trigger';

const ACCEPTED = new Set(['accepted', 'implemented', 'awarded']);

/**
 * The trigger that opens an action from an accepted proposal (§12.2.3
 * turning ideas into results): source `proposal`, the proposal's id, reason
 * `proposal_accepted`, its area as subject and its benefit score (1–5).
 * Pass it to `openAction` — usually as a `preventive` action. `null` for a
 * proposal that was not accepted (submitted, under evaluation, rejected).
 *
 * @example
 * ```ts
 * const trigger = triggerFromProposal(accepted);
 * openAction({ trigger, kind: 'preventive', ownerId: 'emp_pm' }, context);
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 * @see §12.1.1–§12.1.3
 */
export function triggerFromProposal(proposal: ImprovementProposal): ImprovementTrigger | null {
  if (!ACCEPTED.has(proposal.status)) return null;
  return {
    source: 'proposal',
    sourceId: proposal.id,
    reason: 'proposal_accepted',
    subject: proposal.area,
    score: proposal.evaluation?.scores.benefit ?? null,
    threshold: null,
    customerId: null,
    clause: '§12.2.1–§12.2.3',
  };
}
