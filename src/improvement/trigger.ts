/**
 * Where a corrective or preventive action comes from (§12.1): customer
 * feedback (a survey, one survey response, a complaint), the workshop (a
 * failed inspection, a comeback), safety (an incident, a drill), the
 * warehouse (a stocktake variance), a KPI below its target (§11.2.4) or an
 * employee's improvement proposal (§12.2).
 *
 * @example
 * ```ts
 * IMPROVEMENT_SOURCES.includes('kpi-miss'); // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const IMPROVEMENT_SOURCES = [
  'survey',
  'survey-response',
  'complaint',
  'failed-inspection',
  'comeback',
  'incident',
  'drill',
  'stocktake-variance',
  'kpi-miss',
  'proposal',
] as const;

/**
 * One of {@link IMPROVEMENT_SOURCES}: where a trigger for improvement comes from.
 *
 * @example
 * ```ts
 * const source: ImprovementSource = 'comeback';
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];

/**
 * Why something calls for improvement, as plain data that any module can
 * produce without depending on this one (crm's `ImprovementProposal` has this
 * shape): the source and the id of the record in it, a snake_case reason, the
 * subject (a survey dimension, a complaint category, a KPI name…), the score
 * and threshold when a figure triggered it, the customer when one customer's
 * feedback did, and the requirement ID behind it. Ids and codes only, never
 * personal data.
 *
 * @example
 * ```ts
 * const trigger: ImprovementTrigger = {
 *   source: 'kpi-miss', sourceId: 'first-time-fix-rate:2026-10', reason: 'kpi_below_target',
 *   subject: 'first-time-fix-rate', score: 0.82, threshold: 0.9, customerId: null, clause: '§11.2.4',
 * };
 * ```
 * @category improvement
 * @see §1.2(6)
 * @see §11.2.4
 * @see §12.1.1–§12.1.3
 */
export interface ImprovementTrigger {
  readonly source: ImprovementSource;
  readonly sourceId: string;
  readonly reason: string;
  readonly subject: string;
  readonly score: number | null;
  readonly threshold: number | null;
  readonly customerId: string | null;
  readonly clause: string;
}
