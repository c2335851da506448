import {
  type CalendarDate,
  type DomainEvent,
  domainEvent,
  type Instant,
  type Money,
} from '../shared/index';

type Ids = string;

/**
 * The payload of every safety event, by event type: ids, codes, dates and
 * counts only — never names or free text, which may describe people — so
 * events can go to queues and logs.
 *
 * @example
 * ```ts
 * type Closed = SafetyEventPayloads['safety.incident-closed'];
 * ```
 * @category safety
 * @see X-5
 */
export interface SafetyEventPayloads {
  'safety.inspection-recorded': {
    inspectionId: Ids;
    checklistId: string;
    area: string;
    failedItemIds: readonly string[];
    hazardIds: readonly Ids[];
    actorId: Ids;
  };
  'safety.hazard-reported': {
    hazardId: Ids;
    inspectionId: Ids | null;
    area: string;
    riskLevel: string;
    ownerId: Ids;
    rectificationDueOn: CalendarDate;
    actorId: Ids;
  };
  'safety.hazard-rectification-started': { hazardId: Ids; actorId: Ids };
  'safety.hazard-rectified': { hazardId: Ids; onTime: boolean; actorId: Ids };
  'safety.hazard-verified': { hazardId: Ids; actorId: Ids };
  'safety.hazard-rejected': { hazardId: Ids; rejectionCount: number; actorId: Ids };
  'safety.hazard-reassigned': {
    hazardId: Ids;
    ownerId: Ids;
    rectificationDueOn: CalendarDate;
    actorId: Ids;
  };
  'safety.incident-reported': {
    incidentId: Ids;
    severity: string;
    area: string;
    injuredCount: number;
    actorId: Ids;
  };
  'safety.incident-investigation-started': {
    incidentId: Ids;
    severity: string;
    investigatorId: Ids;
    actorId: Ids;
  };
  'safety.incident-root-cause-recorded': {
    incidentId: Ids;
    rootCauseCategory: string;
    actorId: Ids;
  };
  'safety.incident-action-added': {
    incidentId: Ids;
    actionId: Ids;
    ownerId: Ids;
    dueOn: CalendarDate;
    actorId: Ids;
  };
  'safety.incident-actions-started': { incidentId: Ids; actionCount: number; actorId: Ids };
  'safety.incident-action-completed': { incidentId: Ids; actionId: Ids; actorId: Ids };
  'safety.incident-closed': {
    incidentId: Ids;
    severity: string;
    rootCauseCategory: string;
    actionCount: number;
    actorId: Ids;
  };
  'safety.record-registered': {
    recordId: Ids;
    kind: 'reward' | 'penalty';
    recipientType: string;
    recipientId: Ids;
    linkType: string;
    linkId: Ids;
    amount: Money | null;
    actorId: Ids;
  };
  'safety.plan-registered': {
    planId: Ids;
    type: string;
    reviewDueOn: CalendarDate;
    actorId: Ids;
  };
  'safety.plan-reviewed': {
    planId: Ids;
    revision: number;
    revised: boolean;
    reviewDueOn: CalendarDate;
    actorId: Ids;
  };
  'safety.plan-retired': { planId: Ids; actorId: Ids };
  'safety.drill-recorded': {
    drillId: Ids;
    planIds: readonly Ids[];
    conductedOn: CalendarDate;
    actorId: Ids;
  };
  'safety.drill-evaluated': {
    drillId: Ids;
    rating: string;
    planFeasible: boolean;
    findingCount: number;
    actorId: Ids;
  };
  'safety.drill-action-completed': { drillId: Ids; actionId: Ids; actorId: Ids };
  'safety.drill-closed': { drillId: Ids; findingCount: number; actorId: Ids };
}

/**
 * Every safety event type, `safety.<thing>-<past-tense verb>`.
 *
 * @example
 * ```ts
 * const type: SafetyEventType = 'safety.hazard-verified';
 * ```
 * @category safety
 * @see X-5
 */
export type SafetyEventType = keyof SafetyEventPayloads;

/**
 * One safety domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: SafetyEvent) {
 *   if (event.type === 'safety.incident-closed') openImprovement(event.aggregateId);
 * }
 * ```
 * @category safety
 * @see X-5
 */
export type SafetyEvent = {
  [K in SafetyEventType]: DomainEvent<K, Readonly<SafetyEventPayloads[K]>>;
}[SafetyEventType];

/**
 * The aggregate types safety's events name.
 *
 * @example
 * ```ts
 * const aggregate: SafetyAggregateType = 'incident';
 * ```
 * @category safety
 * @see X-5
 */
export type SafetyAggregateType =
  | 'safety-inspection'
  | 'hazard'
  | 'incident'
  | 'safety-record'
  | 'emergency-plan'
  | 'drill';

/**
 * Builds a frozen safety event. Internal helper of the module.
 *
 * @example
 * ```ts
 * safetyEvent('safety.plan-retired', 'emergency-plan', 'plan_1', at, { planId: 'plan_1', actorId: 'emp_so' });
 * ```
 * @internal
 * @category safety
 * @see X-5
 */
export function safetyEvent<K extends SafetyEventType>(
  type: K,
  aggregateType: SafetyAggregateType,
  aggregateId: string,
  at: Instant,
  payload: SafetyEventPayloads[K],
): SafetyEvent {
  return domainEvent(type, {
    aggregateType,
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as SafetyEvent;
}
