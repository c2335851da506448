import {
  type CalendarDate,
  type DomainEvent,
  domainEvent,
  type Instant,
  type Money,
} from '../shared/index';

type Ids = string;

/**
 * The payload of every improvement event, by event type. Payloads carry
 * ids, codes, dates, amounts and flags only — never the free texts (titles,
 * analyses, proposal descriptions) and never customer data — so events can
 * go to queues and logs.
 *
 * @example
 * ```ts
 * type Verified = ImprovementEventPayloads['improvement.action-verified'];
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §12.2.1–§12.2.3
 * @see X-5
 */
export interface ImprovementEventPayloads {
  'improvement.action-opened': {
    actionId: Ids;
    kind: 'corrective' | 'preventive';
    source: string;
    sourceId: Ids | null;
    reason: string | null;
    ownerId: Ids;
    dueOn: CalendarDate;
    actorId: Ids;
  };
  'improvement.action-analysed': {
    actionId: Ids;
    rootCauseCategory: string;
    revised: boolean;
    actorId: Ids;
  };
  'improvement.action-started': { actionId: Ids; actorId: Ids };
  'improvement.action-implemented': { actionId: Ids; onTime: boolean; actorId: Ids };
  'improvement.action-verified': {
    actionId: Ids;
    effective: boolean;
    verification: number;
    actorId: Ids;
  };
  'improvement.action-reopened': {
    actionId: Ids;
    reopenCount: number;
    dueOn: CalendarDate;
    actorId: Ids;
  };
  'improvement.action-closed': {
    actionId: Ids;
    source: string;
    onTime: boolean;
    effectiveFirstTime: boolean;
    actorId: Ids;
  };
  'improvement.action-reassigned': {
    actionId: Ids;
    ownerId: Ids;
    previousOwnerId: Ids;
    dueOn: CalendarDate;
    previousDueOn: CalendarDate;
    actorId: Ids;
  };
  'improvement.action-cancelled': { actionId: Ids; reason: string; actorId: Ids };
  'improvement.proposal-submitted': { proposalId: Ids; area: string; submitterId: Ids };
  'improvement.proposal-evaluation-started': { proposalId: Ids; evaluatorId: Ids };
  'improvement.proposal-accepted': {
    proposalId: Ids;
    benefit: number;
    totalScore: number;
    evaluatorId: Ids;
  };
  'improvement.proposal-rejected': { proposalId: Ids; reason: string; evaluatorId: Ids };
  'improvement.proposal-implemented': { proposalId: Ids; actionId: Ids | null; actorId: Ids };
  'improvement.proposal-awarded': {
    proposalId: Ids;
    fundId: Ids;
    awardeeId: Ids;
    amount: Money;
    actorId: Ids;
  };
  'improvement.fund-opened': { fundId: Ids; currency: string; actorId: Ids };
  'improvement.fund-contributed': { fundId: Ids; amount: Money; balance: Money; actorId: Ids };
  'improvement.fund-disbursed': {
    fundId: Ids;
    proposalId: Ids;
    amount: Money;
    balance: Money;
    actorId: Ids;
  };
}

/**
 * Every improvement event type, `improvement.<thing>-<past-tense verb>`.
 *
 * @example
 * ```ts
 * const type: ImprovementEventType = 'improvement.action-closed';
 * ```
 * @category improvement
 * @see X-5
 */
export type ImprovementEventType = keyof ImprovementEventPayloads;

/**
 * One improvement domain event, discriminated by `type`.
 *
 * @example
 * ```ts
 * function onEvent(event: ImprovementEvent) {
 *   if (event.type === 'improvement.action-reopened') notifyOwner(event.aggregateId);
 * }
 * ```
 * @category improvement
 * @see X-5
 */
export type ImprovementEvent = {
  [K in ImprovementEventType]: DomainEvent<K, Readonly<ImprovementEventPayloads[K]>>;
}[ImprovementEventType];

/**
 * The aggregate types the improvement events name.
 *
 * @example
 * ```ts
 * const aggregate: ImprovementAggregateType = 'innovation-fund';
 * ```
 * @category improvement
 * @see X-5
 */
export type ImprovementAggregateType =
  | 'improvement-action'
  | 'improvement-proposal'
  | 'innovation-fund';

/**
 * Builds a frozen improvement event. Internal helper of the module's policies.
 *
 * @example
 * ```ts
 * improvementEvent('improvement.action-started', 'improvement-action', 'ia_1', at, { actionId: 'ia_1', actorId: 'emp_1' });
 * ```
 * @internal
 * @category improvement
 * @see X-5
 */
export function improvementEvent<K extends ImprovementEventType>(
  type: K,
  aggregateType: ImprovementAggregateType,
  aggregateId: string,
  at: Instant,
  payload: ImprovementEventPayloads[K],
): ImprovementEvent {
  return domainEvent(type, {
    aggregateType,
    aggregateId,
    at,
    payload: Object.freeze({ ...payload }),
  }) as ImprovementEvent;
}
