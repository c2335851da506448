import type { ImprovementTrigger } from '../improvement/index';
import type { Drill } from './drill-schema';
import type { Incident } from './incident-schema';

/**
 * Improvement data (改进, §12.1.3) from a closed incident (§9.3.1): the
 * incident as source, reason `incident_closed`, the root-cause category as
 * subject, no score and no customer. `null` for an incident not yet closed.
 * The host (or the improvement module) turns it into a preventive action.
 *
 * @example
 * ```ts
 * improvementFromIncident(closed)?.subject; // 'unsafe-condition'
 * ```
 * @category safety
 * @see §9.3.1
 */
export function improvementFromIncident(incident: Incident): ImprovementTrigger | null {
  if (incident.status !== 'closed') return null;
  return {
    source: 'incident',
    sourceId: incident.id,
    reason: 'incident_closed',
    subject: incident.rootCauseCategory ?? 'other',
    score: null,
    threshold: null,
    customerId: null,
    clause: '§9.3.1',
  };
}

/**
 * Improvement data from an evaluated (or closed) drill (§9.3.3 "不断完善应急预案"):
 * one trigger per finding (reason `drill_finding`, subject the finding's
 * area, source id `drillId#findingId`), plus one with reason
 * `plan_not_feasible` (subject `plan`) when the evaluation found the plan
 * not feasible. Empty for a drill not yet evaluated.
 *
 * @example
 * ```ts
 * improvementsFromDrill(evaluated).map((t) => t.subject); // ['communication', 'response']
 * ```
 * @category safety
 * @see §9.3.3
 */
export function improvementsFromDrill(drill: Drill): readonly ImprovementTrigger[] {
  if (drill.evaluation === null) return [];
  const base = {
    source: 'drill',
    score: null,
    threshold: null,
    customerId: null,
    clause: '§9.3.3',
  } as const;
  const findings = drill.findings.map(
    (finding): ImprovementTrigger => ({
      ...base,
      sourceId: `${drill.id}#${finding.id}`,
      reason: 'drill_finding',
      subject: finding.area,
    }),
  );
  return drill.evaluation.planFeasible
    ? findings
    : [...findings, { ...base, sourceId: drill.id, reason: 'plan_not_feasible', subject: 'plan' }];
}
