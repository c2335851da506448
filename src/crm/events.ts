import type { Role } from '../org/index';
import type { ContactChannel } from '../shared/index';
import { type CalendarDate, type DomainEvent, domainEvent, type Instant } from '../shared/index';
import type { ConsentPurpose, CustomerSource, SurveyChannel } from './channels';

type Ids = string;

/**
 * The payload of every crm event, by event type. Payloads carry ids,
 * codes, numbers and instants only — never names, phones, VINs or plates
 * (§1.2(7)) — so events can go to queues and logs.
 *
 * @example
 * ```ts
 * type Escalated = CrmEventPayloads['crm.complaint-escalated'];
 * ```
 * @category crm
 * @see §1.2(7)
 * @see X-5
 */
export interface CrmEventPayloads {
  'crm.customer-created': { customerId: Ids; sourceChannel: CustomerSource; actorId: Ids };
  'crm.customer-updated': { customerId: Ids; changedFields: readonly string[]; actorId: Ids };
  'crm.consent-recorded': {
    customerId: Ids;
    purpose: ConsentPurpose;
    granted: boolean;
    channel: ContactChannel;
    actorId: Ids;
  };
  'crm.vehicle-registered': {
    vehicleId: Ids;
    customerId: Ids;
    sourceChannel: CustomerSource;
    actorId: Ids;
  };
  'crm.vehicle-updated': {
    vehicleId: Ids;
    customerId: Ids;
    changedFields: readonly string[];
    actorId: Ids;
  };
  'crm.odometer-recorded': {
    vehicleId: Ids;
    km: number;
    source: string;
    repairOrderId: Ids | null;
  };
  'crm.next-service-recorded': {
    vehicleId: Ids;
    repairOrderId: Ids;
    dueDate: CalendarDate | null;
    dueOdometerKm: number | null;
  };
  'crm.follow-up-scheduled': {
    followUpId: Ids;
    repairOrderId: Ids;
    customerId: Ids;
    dueBy: Instant;
  };
  'crm.follow-up-assigned': { followUpId: Ids; assigneeId: Ids; actorId: Ids };
  'crm.follow-up-attempted': {
    followUpId: Ids;
    attempt: number;
    outcome: 'not-reached';
    agentId: Ids;
  };
  'crm.follow-up-completed': {
    followUpId: Ids;
    repairOrderId: Ids;
    outcome: 'reached-satisfied' | 'reached-issue';
    agentId: Ids;
    onTime: boolean;
    complaintId: Ids | null;
  };
  'crm.follow-up-unreachable': { followUpId: Ids; repairOrderId: Ids; attempts: number };
  'crm.survey-defined': { surveyId: Ids };
  'crm.survey-published': { surveyId: Ids; actorId: Ids };
  'crm.survey-retired': { surveyId: Ids; actorId: Ids };
  'crm.survey-invited': {
    invitationId: Ids;
    surveyId: Ids;
    repairOrderId: Ids;
    customerId: Ids;
    channel: SurveyChannel;
    expiresAt: Instant;
  };
  'crm.survey-response-recorded': {
    responseId: Ids;
    surveyId: Ids;
    customerId: Ids;
    repairOrderId: Ids | null;
    channel: SurveyChannel;
  };
  'crm.complaint-received': {
    complaintId: Ids;
    customerId: Ids;
    repairOrderId: Ids | null;
    followUpId: Ids | null;
    channel: ContactChannel;
    category: string;
    severity: string;
    responseDueBy: Instant;
    resolutionDueBy: Instant;
    actorId: Ids;
  };
  'crm.complaint-confirmed': {
    complaintId: Ids;
    category: string;
    severity: string;
    actorId: Ids;
  };
  'crm.complaint-responded': { complaintId: Ids; onTime: boolean; actorId: Ids };
  'crm.complaint-resolving': { complaintId: Ids; handlerId: Ids; actorId: Ids };
  'crm.complaint-resolved': { complaintId: Ids; onTime: boolean; actorId: Ids };
  'crm.complaint-feedback-recorded': { complaintId: Ids; customerSatisfied: boolean; actorId: Ids };
  'crm.complaint-closed': { complaintId: Ids; customerSatisfied: boolean; actorId: Ids };
  'crm.complaint-reopened': {
    complaintId: Ids;
    reopenCount: number;
    resolutionDueBy: Instant;
    actorId: Ids;
  };
  'crm.complaint-linked': { complaintId: Ids; repairOrderId: Ids; actorId: Ids };
  'crm.complaint-escalated': {
    complaintId: Ids;
    customerId: Ids;
    kind: 'response' | 'resolution';
    severity: string;
    dueBy: Instant;
    overdueMinutes: number;
    escalateTo: Role;
  };
}

/**
 * Every crm event type, `crm.<past-tense verb>`.
 *
 * @example
 * ```ts
 * const type: CrmEventType = 'crm.follow-up-scheduled';
 * ```
 * @category crm
 * @see X-5
 */
export type CrmEventType = keyof CrmEventPayloads;

/**
 * One crm domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: CrmEvent) {
 *   if (event.type === 'crm.complaint-escalated') notify(event.payload.escalateTo, event.aggregateId);
 * }
 * ```
 * @category crm
 * @see X-5
 */
export type CrmEvent = {
  [K in CrmEventType]: DomainEvent<K, Readonly<CrmEventPayloads[K]>>;
}[CrmEventType];

/**
 * The aggregate types crm's events name.
 *
 * @example
 * ```ts
 * const aggregate: CrmAggregateType = 'complaint';
 * ```
 * @category crm
 * @see X-5
 */
export type CrmAggregateType =
  | 'customer'
  | 'vehicle'
  | 'follow-up'
  | 'survey'
  | 'survey-invitation'
  | 'survey-response'
  | 'complaint';

/**
 * Builds a frozen crm event. Internal helper of the module's policies.
 *
 * @example
 * ```ts
 * crmEvent('crm.survey-defined', 'survey', 'svy_1', at, { surveyId: 'svy_1' });
 * ```
 * @internal
 * @category crm
 * @see X-5
 */
export function crmEvent<K extends CrmEventType>(
  type: K,
  aggregateType: CrmAggregateType,
  aggregateId: string,
  at: Instant,
  payload: CrmEventPayloads[K],
): CrmEvent {
  return domainEvent(type, {
    aggregateType,
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as CrmEvent;
}
