import type { EmployeeId } from '../org/index';
import {
  compareInstants,
  DEFAULT_TIME_ZONE,
  type Instant,
  type TimeZone,
  toDealerDate,
} from '../shared/index';
import type { Certification } from './certification-schema';

/**
 * Where a certification stands at an instant: `valid`, `not-yet-valid`
 * (issued later), `expired` (past its last valid day in the dealer's
 * zone) or `revoked` (revoked at or before the instant).
 *
 * @example
 * ```ts
 * const state: CertificationState = 'expired';
 * ```
 * @category training
 * @see §8.1.3
 */
export type CertificationState = 'valid' | 'not-yet-valid' | 'expired' | 'revoked';

/**
 * The state of a certification at `at`. `issuedOn` and `expiresOn` are
 * dealer-calendar dates and both days count; a revocation counts from its
 * instant.
 *
 * @example
 * ```ts
 * certificationStateAt(cert, '2028-04-10T01:00:00.000Z' as Instant); // 'expired' when expiresOn is '2028-04-09'
 * ```
 * @category training
 * @see §8.1.3
 */
export function certificationStateAt(
  certification: Certification,
  at: Instant,
  zone: TimeZone = DEFAULT_TIME_ZONE,
): CertificationState {
  if (certification.revocation !== null && compareInstants(certification.revocation.at, at) <= 0) {
    return 'revoked';
  }
  const today = toDealerDate(at, zone);
  if (today < certification.issuedOn) return 'not-yet-valid';
  if (certification.expiresOn !== null && today > certification.expiresOn) return 'expired';
  return 'valid';
}

/**
 * The certification port repair-order's `transition` asks when a job
 * requires a certification (`isCertified` in its `TransitionContext`).
 *
 * @example
 * ```ts
 * const isCertified: CertificationLookup = buildCertificationLookup(certifications, at);
 * isCertified('emp_1' as EmployeeId, 'EV-HV'); // true or false
 * ```
 * @category training
 * @see §8.1.3
 * @see §2.2.3(1)
 */
export type CertificationLookup = (technicianId: EmployeeId, certification: string) => boolean;

/**
 * Builds the `isCertified` lookup for repair-order's dispatch (§8.1.3,
 * §2.2.3(1)) from certification records, as they stand at `at`: only
 * certifications that are `valid` then count — expired, revoked and
 * not-yet-valid ones do not. Pure: the records are read once into a set;
 * pass the instant of the dispatch command.
 *
 * @example
 * ```ts
 * import { transition } from 'aftersales/repair-order';
 * const isCertified = buildCertificationLookup(await loadCertifications(), command.at);
 * transition(order, command, { isCertified }); // err technician_not_certified for an expired EV-HV
 * ```
 * @category training
 * @see §8.1.3
 * @see §2.2.3(1)
 */
export function buildCertificationLookup(
  certifications: readonly Certification[],
  at: Instant,
  zone: TimeZone = DEFAULT_TIME_ZONE,
): CertificationLookup {
  const held = new Set<string>();
  for (const certification of certifications) {
    if (certificationStateAt(certification, at, zone) === 'valid') {
      held.add(JSON.stringify([certification.employeeId, certification.code]));
    }
  }
  return (technicianId, certification) => held.has(JSON.stringify([technicianId, certification]));
}
