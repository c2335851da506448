import type { Complaint } from './complaint-schema';
import type { CustomerId } from './ids';

/**
 * Data for an improvement action (改进措施, §1.2(6), §7.2.3, §12.1): where
 * the feedback came from, why it calls for improvement, the subject (a
 * survey dimension or a complaint category), the score and threshold when
 * a score triggered it, and the customer when one customer's feedback did.
 * Ids and codes only. The host (or the improvement module) turns it into a
 * corrective action with an owner and a due date.
 *
 * @example
 * ```ts
 * const proposal: ImprovementProposal = {
 *   source: 'survey', sourceId: 'svy_1', reason: 'dimension_below_threshold',
 *   subject: 'price-reasonableness', score: 62.5, threshold: 80, customerId: null, clause: '§7.2.3',
 * };
 * ```
 * @category crm
 * @see §1.2(6)
 * @see §7.2.3
 */
export interface ImprovementProposal {
  readonly source: 'survey' | 'survey-response' | 'complaint';
  readonly sourceId: string;
  readonly reason:
    | 'dimension_below_threshold'
    | 'response_below_threshold'
    | 'complaint_closed'
    | 'complaint_closed_unsatisfied';
  readonly subject: string;
  readonly score: number | null;
  readonly threshold: number | null;
  readonly customerId: CustomerId | null;
  readonly clause: string;
}

/**
 * Improvement data from a closed complaint (§1.2(6), §7.3.3(5) "follow up
 * and improve"): every closed complaint is feedback on the process; one
 * closed without the customer's satisfaction is flagged
 * `complaint_closed_unsatisfied`. `null` for a complaint not yet closed.
 *
 * @example
 * ```ts
 * improvementFromComplaint(closed)?.subject; // 'repair-quality'
 * ```
 * @category crm
 * @see §1.2(6)
 * @see §7.3.3
 */
export function improvementFromComplaint(complaint: Complaint): ImprovementProposal | null {
  if (complaint.status !== 'closed') return null;
  const unsatisfied = complaint.feedback?.satisfied === false;
  return {
    source: 'complaint',
    sourceId: complaint.id,
    reason: unsatisfied ? 'complaint_closed_unsatisfied' : 'complaint_closed',
    subject: complaint.category,
    score: null,
    threshold: null,
    customerId: complaint.customerId,
    clause: '§1.2(6)',
  };
}
