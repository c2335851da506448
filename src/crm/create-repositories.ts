import { okAsync, type ResultAsync } from 'neverthrow';
import type { EntityBase, ListQuery, Repository, Store } from '../shared/index';
import type { Complaint } from './complaint-schema';
import type { Customer } from './customer-schema';
import type { FollowUpTask } from './follow-up-schema';
import type { CrmRepositories, LookupError } from './repository';
import type { Revision } from './revision-schema';
import type { SurveyInvitation, SurveyResponse } from './survey-response-schema';
import type { Survey } from './survey-schema';
import type { Vehicle } from './vehicle-schema';

/**
 * The storage collection of each crm aggregate (kebab-case, as
 * `Store.repository` takes them).
 *
 * @example
 * ```ts
 * store.repository<Customer>(CRM_COLLECTIONS.customers);
 * ```
 * @category crm
 * @see §11.1.2
 */
export const CRM_COLLECTIONS = Object.freeze({
  customers: 'crm-customer',
  vehicles: 'crm-vehicle',
  revisions: 'crm-revision',
  followUps: 'crm-follow-up',
  complaints: 'crm-complaint',
  surveys: 'crm-survey',
  surveyResponses: 'crm-survey-response',
  surveyInvitations: 'crm-survey-invitation',
} as const);

const PAGE = 1000;

/** Every entity matching `where`, in `orderBy` order, across all pages. */
function listAll<T extends EntityBase>(
  repository: Repository<T>,
  where: ListQuery<T>['where'],
  orderBy: ListQuery<T>['orderBy'],
): ResultAsync<readonly T[], LookupError> {
  const next = (
    cursor: string | null,
    found: readonly T[],
  ): ResultAsync<readonly T[], LookupError> =>
    repository.list({ where, orderBy, limit: PAGE, cursor }).andThen((page) => {
      const all = [...found, ...page.items];
      return page.nextCursor === null ? okAsync(all) : next(page.nextCursor, all);
    });
  return next(null, []);
}

/** Delegates explicitly: an adapter's repository may keep its methods on a prototype. */
function base<T extends EntityBase>(repository: Repository<T>): Repository<T> {
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
  };
}

/**
 * Builds crm's repository ports on any shared `Store` — the memory
 * adapter, the SQL adapter or a third-party one — using only the generic
 * `list` query, so every adapter that passes the conformance suite works
 * (§11.1.2). Lookups page through all matches.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createCrmRepositories(createMemoryStore());
 * await repositories.customers.save(customer, { expectedVersion: 0, events });
 * ```
 * @category crm
 * @see §11.1.2
 * @see X-6
 */
export function createCrmRepositories(store: Store): CrmRepositories {
  const customers = store.repository<Customer>(CRM_COLLECTIONS.customers);
  const vehicles = store.repository<Vehicle>(CRM_COLLECTIONS.vehicles);
  const revisions = store.repository<Revision>(CRM_COLLECTIONS.revisions);
  const followUps = store.repository<FollowUpTask>(CRM_COLLECTIONS.followUps);
  const complaints = store.repository<Complaint>(CRM_COLLECTIONS.complaints);
  const surveys = store.repository<Survey>(CRM_COLLECTIONS.surveys);
  const responses = store.repository<SurveyResponse>(CRM_COLLECTIONS.surveyResponses);
  const invitations = store.repository<SurveyInvitation>(CRM_COLLECTIONS.surveyInvitations);
  const oldest = { field: 'createdAt', direction: 'asc' } as const;
  return {
    customers: {
      ...base(customers),
      findByMobilePhone: (phone) => listAll(customers, { mobilePhone: phone }, oldest),
    },
    vehicles: {
      ...base(vehicles),
      findByVin: (vin) => listAll(vehicles, { vin }, oldest),
      listByCustomer: (customerId) => listAll(vehicles, { customerId }, oldest),
    },
    revisions: {
      ...base(revisions),
      listBySubject: (subjectId) => listAll(revisions, { subjectId }, { field: 'subjectVersion' }),
    },
    followUps: {
      ...base(followUps),
      findByRepairOrder: (repairOrderId) => listAll(followUps, { repairOrderId }, oldest),
      listByStatus: (status) => listAll(followUps, { status }, { field: 'dueBy' }),
    },
    complaints: {
      ...base(complaints),
      listByStatus: (status) => listAll(complaints, { status }, oldest),
      listByCustomer: (customerId) => listAll(complaints, { customerId }, oldest),
    },
    surveys: {
      ...base(surveys),
      listByStatus: (status) => listAll(surveys, { status }, oldest),
    },
    surveyResponses: {
      ...base(responses),
      listBySurvey: (surveyId) => listAll(responses, { surveyId }, oldest),
    },
    surveyInvitations: {
      ...base(invitations),
      findByRepairOrder: (repairOrderId) => listAll(invitations, { repairOrderId }, oldest),
    },
  };
}
