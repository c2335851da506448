import { delegateRepository, listAllMatching, type Store } from '../shared/index';
import type { Complaint } from './complaint-schema';
import type { Customer } from './customer-schema';
import type { FollowUpTask } from './follow-up-schema';
import type { CrmRepositories } from './repository';
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
      ...delegateRepository(customers),
      findByMobilePhone: (phone) => listAllMatching(customers, { mobilePhone: phone }, oldest),
    },
    vehicles: {
      ...delegateRepository(vehicles),
      findByVin: (vin) => listAllMatching(vehicles, { vin }, oldest),
      listByCustomer: (customerId) => listAllMatching(vehicles, { customerId }, oldest),
    },
    revisions: {
      ...delegateRepository(revisions),
      listBySubject: (subjectId) =>
        listAllMatching(revisions, { subjectId }, { field: 'subjectVersion' }),
    },
    followUps: {
      ...delegateRepository(followUps),
      findByRepairOrder: (repairOrderId) => listAllMatching(followUps, { repairOrderId }, oldest),
      listByStatus: (status) => listAllMatching(followUps, { status }, { field: 'dueBy' }),
    },
    complaints: {
      ...delegateRepository(complaints),
      listByStatus: (status) => listAllMatching(complaints, { status }, oldest),
      listByCustomer: (customerId) => listAllMatching(complaints, { customerId }, oldest),
    },
    surveys: {
      ...delegateRepository(surveys),
      listByStatus: (status) => listAllMatching(surveys, { status }, oldest),
    },
    surveyResponses: {
      ...delegateRepository(responses),
      listBySurvey: (surveyId) => listAllMatching(responses, { surveyId }, oldest),
    },
    surveyInvitations: {
      ...delegateRepository(invitations),
      findByRepairOrder: (repairOrderId) => listAllMatching(invitations, { repairOrderId }, oldest),
    },
  };
}
