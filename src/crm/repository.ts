import type { ResultAsync } from 'neverthrow';
import type { MobilePhone, Repository, StorageError, ValidationError, Vin } from '../shared/index';
import type { Complaint, ComplaintStatus } from './complaint-schema';
import type { Customer } from './customer-schema';
import type { FollowUpStatus, FollowUpTask } from './follow-up-schema';
import type { CustomerId, RepairOrderRef, SurveyId } from './ids';
import type { Revision } from './revision-schema';
import type { SurveyInvitation, SurveyResponse } from './survey-response-schema';
import type { Survey } from './survey-schema';
import type { Vehicle } from './vehicle-schema';

/**
 * Errors of the lookup queries of crm's repositories.
 *
 * @example
 * ```ts
 * function report(error: LookupError) { return error.code; } // 'storage_failed' | 'validation_failed'
 * ```
 * @category crm
 * @see §11.1.2
 */
export type LookupError = StorageError | ValidationError;

/**
 * Storage port of customers (§7.1.1), with a lookup by normalised mobile
 * number for duplicate checks at reception (§7.1.3).
 *
 * @example
 * ```ts
 * const existing = await repositories.customers.findByMobilePhone(phone);
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 */
export interface CustomerRepository extends Repository<Customer> {
  /** Every customer whose stored (normalised) mobile number is `phone`. */
  findByMobilePhone(phone: MobilePhone): ResultAsync<readonly Customer[], LookupError>;
}

/**
 * Storage port of vehicles, with lookups by VIN (duplicates, §7.1.3) and by owner.
 *
 * @example
 * ```ts
 * const cars = await repositories.vehicles.listByCustomer(customer.id);
 * ```
 * @category crm
 * @see §7.1.1
 */
export interface VehicleRepository extends Repository<Vehicle> {
  /** Every vehicle record with this VIN. */
  findByVin(vin: Vin): ResultAsync<readonly Vehicle[], LookupError>;
  /** Every vehicle the customer owns. */
  listByCustomer(customerId: CustomerId): ResultAsync<readonly Vehicle[], LookupError>;
}

/**
 * Storage port of the change history of customers and vehicles (§7.1.3).
 *
 * @example
 * ```ts
 * const history = await repositories.revisions.listBySubject(customer.id);
 * ```
 * @category crm
 * @see §7.1.3
 */
export interface RevisionRepository extends Repository<Revision> {
  /** The history of one customer or vehicle, oldest first. */
  listBySubject(subjectId: string): ResultAsync<readonly Revision[], LookupError>;
}

/**
 * Storage port of follow-up tasks (§2.2.5(2)). `findByRepairOrder` lets a
 * host make the delivery reaction idempotent.
 *
 * @example
 * ```ts
 * const existing = await repositories.followUps.findByRepairOrder(delivery.repairOrderId);
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export interface FollowUpRepository extends Repository<FollowUpTask> {
  /** The tasks created for a repair order (normally one). */
  findByRepairOrder(
    repairOrderId: RepairOrderRef,
  ): ResultAsync<readonly FollowUpTask[], LookupError>;
  /** Every task in a status, oldest due first — e.g. the open worklist. */
  listByStatus(status: FollowUpStatus): ResultAsync<readonly FollowUpTask[], LookupError>;
}

/**
 * Storage port of complaints (§7.3).
 *
 * @example
 * ```ts
 * const open = await repositories.complaints.listByStatus('received');
 * ```
 * @category crm
 * @see §7.3.2
 */
export interface ComplaintRepository extends Repository<Complaint> {
  /** Every complaint in a status, oldest first — e.g. for the escalation timer. */
  listByStatus(status: ComplaintStatus): ResultAsync<readonly Complaint[], LookupError>;
  /** Every complaint of a customer, oldest first. */
  listByCustomer(customerId: CustomerId): ResultAsync<readonly Complaint[], LookupError>;
}

/**
 * Storage port of questionnaires (§7.2.2).
 *
 * @example
 * ```ts
 * const live = await repositories.surveys.listByStatus('published');
 * ```
 * @category crm
 * @see §7.2.2
 */
export interface SurveyRepository extends Repository<Survey> {
  /** Every questionnaire in a status. */
  listByStatus(status: Survey['status']): ResultAsync<readonly Survey[], LookupError>;
}

/**
 * Storage port of survey responses (§7.2.3).
 *
 * @example
 * ```ts
 * const answers = await repositories.surveyResponses.listBySurvey(survey.id);
 * ```
 * @category crm
 * @see §7.2.3
 */
export interface SurveyResponseRepository extends Repository<SurveyResponse> {
  /** Every response to a questionnaire, oldest first. */
  listBySurvey(surveyId: SurveyId): ResultAsync<readonly SurveyResponse[], LookupError>;
}

/**
 * Storage port of survey invitations (§3.5(5)).
 *
 * @example
 * ```ts
 * const sent = await repositories.surveyInvitations.findByRepairOrder(delivery.repairOrderId);
 * ```
 * @category crm
 * @see §3.5(5)
 */
export interface SurveyInvitationRepository extends Repository<SurveyInvitation> {
  /** The invitations sent for a repair order. */
  findByRepairOrder(
    repairOrderId: RepairOrderRef,
  ): ResultAsync<readonly SurveyInvitation[], LookupError>;
}

/**
 * All of crm's repositories, as {@link createCrmRepositories} builds them.
 *
 * @example
 * ```ts
 * const { customers, complaints }: CrmRepositories = createCrmRepositories(store);
 * ```
 * @category crm
 * @see §11.1.2
 */
export interface CrmRepositories {
  readonly customers: CustomerRepository;
  readonly vehicles: VehicleRepository;
  readonly revisions: RevisionRepository;
  readonly followUps: FollowUpRepository;
  readonly complaints: ComplaintRepository;
  readonly surveys: SurveyRepository;
  readonly surveyResponses: SurveyResponseRepository;
  readonly surveyInvitations: SurveyInvitationRepository;
}
