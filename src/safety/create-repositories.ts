import { delegateRepository, listAllMatching, type Store } from '../shared/index';
import type { Drill } from './drill-schema';
import type { Hazard } from './hazard-schema';
import type { Incident } from './incident-schema';
import type { SafetyInspection } from './inspection-schema';
import type { EmergencyPlan } from './plan-schema';
import type { SafetyRepositories } from './repository';
import type { SafetyRecord } from './safety-record';

/**
 * The storage collection of each safety aggregate (kebab-case, as
 * `Store.repository` takes them).
 *
 * @example
 * ```ts
 * store.repository<Hazard>(SAFETY_COLLECTIONS.hazards);
 * ```
 * @category safety
 * @see §11.1.2
 */
export const SAFETY_COLLECTIONS = Object.freeze({
  inspections: 'safety-inspection',
  hazards: 'safety-hazard',
  incidents: 'safety-incident',
  records: 'safety-record',
  plans: 'safety-emergency-plan',
  drills: 'safety-drill',
} as const);

/**
 * Builds safety's repository ports on any shared `Store` — the memory
 * adapter, the SQL adapter or a third-party one — using only the generic
 * `list` query, so every adapter that passes the conformance suite works.
 * Lookups page through all matches. Drills name several plans, so
 * `listForPlan` filters the (small) drill log after reading it.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createSafetyRepositories(createMemoryStore());
 * await repositories.hazards.save(hazard, { expectedVersion: 0, events });
 * ```
 * @category safety
 * @see §11.1.2
 * @see §9.1.2
 * @see §9.3.3
 */
export function createSafetyRepositories(store: Store): SafetyRepositories {
  const inspections = store.repository<SafetyInspection>(SAFETY_COLLECTIONS.inspections);
  const hazards = store.repository<Hazard>(SAFETY_COLLECTIONS.hazards);
  const incidents = store.repository<Incident>(SAFETY_COLLECTIONS.incidents);
  const records = store.repository<SafetyRecord>(SAFETY_COLLECTIONS.records);
  const plans = store.repository<EmergencyPlan>(SAFETY_COLLECTIONS.plans);
  const drills = store.repository<Drill>(SAFETY_COLLECTIONS.drills);
  const oldest = { field: 'createdAt', direction: 'asc' } as const;
  const byDeadline = { field: 'rectificationDueOn', direction: 'asc' } as const;
  const byDate = { field: 'conductedOn', direction: 'asc' } as const;
  const hazardsIn = (status: Hazard['status']) => listAllMatching(hazards, { status }, byDeadline);
  return {
    inspections: {
      ...delegateRepository(inspections),
      listByArea: (area) => listAllMatching(inspections, { area }, oldest),
    },
    hazards: {
      ...delegateRepository(hazards),
      listByStatus: hazardsIn,
      listOpen: () =>
        hazardsIn('reported').andThen((reported) =>
          hazardsIn('rectifying').map((rectifying) =>
            [...reported, ...rectifying].sort((a, b) =>
              a.rectificationDueOn < b.rectificationDueOn
                ? -1
                : a.rectificationDueOn > b.rectificationDueOn
                  ? 1
                  : 0,
            ),
          ),
        ),
      listByInspection: (inspectionId) => listAllMatching(hazards, { inspectionId }, byDeadline),
    },
    incidents: {
      ...delegateRepository(incidents),
      listByStatus: (status) => listAllMatching(incidents, { status }, oldest),
    },
    records: {
      ...delegateRepository(records),
      listByLink: (linkId) => listAllMatching(records, { linkId }, oldest),
      listByRecipient: (recipientId) => listAllMatching(records, { recipientId }, oldest),
    },
    plans: {
      ...delegateRepository(plans),
      listByStatus: (status) => listAllMatching(plans, { status }, oldest),
    },
    drills: {
      ...delegateRepository(drills),
      listAll: () => listAllMatching(drills, undefined, byDate),
      listForPlan: (planId) =>
        listAllMatching(drills, undefined, byDate).map((all) =>
          all.filter((d) => d.planIds.includes(planId)),
        ),
    },
  };
}
