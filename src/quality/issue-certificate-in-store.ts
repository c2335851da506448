import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { type RepositoryError, type Store, toDealerDate } from '../shared/index';
import {
  type CertificateContext,
  type CompletionCertificate,
  type IssueCertificateInput,
  issueCompletionCertificate,
} from './completion-certificate';
import { type QualityError, qualityError } from './errors';
import { createQualityRepositories, QUALITY_COLLECTIONS } from './repository';

/**
 * What the service needs: the pure input without the counter, which the
 * service reads from the store itself.
 *
 * @example
 * ```ts
 * const input: CertificateRequest = { id: 'cert_1', repairOrderId, jobIds, report, vehicleId, odometerKm, workshop };
 * ```
 * @category quality
 * @see §4.1(4)
 */
export type CertificateRequest = Omit<IssueCertificateInput, 'counter'>;

/**
 * Issues a completion certificate against a store (a thin service around
 * {@link issueCompletionCertificate}): refuses a second certificate for the
 * same order, reads the dealer-year counter, and commits the advanced
 * counter (with the version it was read at) and the new certificate with its
 * event in one unit of work. If another issue took the next number first,
 * the commit fails with `concurrency_conflict` and nothing is written, so
 * numbers are never duplicated and never skipped; the caller simply retries.
 *
 * Errors: every error of {@link issueCompletionCertificate},
 * `certificate_already_issued`, `concurrency_conflict`,
 * `storage_failed`, `validation_failed`.
 *
 * @example
 * ```ts
 * const result = await issueCompletionCertificateInStore(store, request, { actor: qcInspector, at });
 * result._unsafeUnwrap().number; // 'SH4S01-2026-000001'
 * ```
 * @category quality
 * @see §4.1(4)
 * @see X-6
 */
export function issueCompletionCertificateInStore(
  store: Store,
  request: CertificateRequest,
  context: CertificateContext,
): ResultAsync<CompletionCertificate, QualityError | RepositoryError> {
  const repositories = createQualityRepositories(store);
  const year = Number(toDealerDate(context.at, request.workshop.timeZone).slice(0, 4));
  return repositories.certificates
    .findByRepairOrder(request.repairOrderId)
    .andThen((existing) =>
      existing === null
        ? okAsync(undefined)
        : errAsync(
            qualityError('certificate_already_issued', {
              repairOrderId: request.repairOrderId,
              certificateNumber: existing.number,
            }),
          ),
    )
    .andThen(() => repositories.certificateCounters.findFor(request.workshop.dealerCode, year))
    .andThen((counter) => {
      const issued = issueCompletionCertificate({ ...request, counter }, context);
      if (issued.isErr()) return errAsync(issued.error);
      const { certificate, events } = issued.value;
      return store.unitOfWork
        .commit([
          {
            collection: QUALITY_COLLECTIONS.certificateCounters,
            entity: issued.value.counter,
            expectedVersion: counter?.version ?? 0,
          },
          {
            collection: QUALITY_COLLECTIONS.certificates,
            entity: certificate,
            expectedVersion: 0,
            events,
          },
        ])
        .map((stored) => stored[1] as CompletionCertificate);
    });
}
