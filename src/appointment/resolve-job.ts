import { err, ok, type Result } from 'neverthrow';
import {
  type ServiceBayTypesMixedError,
  type ServiceUnknownError,
  serviceBayTypesMixed,
  serviceUnknown,
} from './errors';
import type { ServiceDefinition } from './service-schema';
import type { BayType } from './vocabulary';

/**
 * What one booking asks of the workshop (作业需求): the services in request
 * order, their total estimated minutes, the one bay type they share, and
 * every skill they need (distinct, in first-seen order).
 *
 * @example
 * ```ts
 * const job: Job = resolveJob(['MAINT-10K'], capacity.services)._unsafeUnwrap();
 * job.durationMinutes; // 90
 * ```
 * @category appointment
 * @see §3.1(2)
 */
export interface Job {
  readonly services: readonly ServiceDefinition[];
  readonly durationMinutes: number;
  readonly bayType: BayType;
  readonly skills: readonly string[];
}

/**
 * Looks services up in the catalogue and combines them into one {@link Job}.
 * One appointment occupies one bay, so its services must share a bay type.
 *
 * Errors: `service_unknown` (the first code missing from the catalogue),
 * `service_bay_types_mixed`.
 *
 * @param codes - at least one service code
 * @param catalogue - the service catalogue (`capacity.services`)
 * @param clause - the requirement to cite for an unknown service
 * @example
 * ```ts
 * resolveJob(['NOPE'], capacity.services)._unsafeUnwrapErr().code; // 'service_unknown'
 * ```
 * @category appointment
 * @see §3.1(1)
 * @see §3.1(2)
 */
export function resolveJob(
  codes: readonly string[],
  catalogue: readonly ServiceDefinition[],
  clause = '§3.1(2)',
): Result<Job, ServiceUnknownError | ServiceBayTypesMixedError> {
  const services: ServiceDefinition[] = [];
  for (const code of codes) {
    const service = catalogue.find((candidate) => candidate.code === code);
    if (service === undefined) return err(serviceUnknown(code, clause));
    services.push(service);
  }
  const first = services[0];
  if (first === undefined) throw new RangeError('resolveJob needs at least one service code');
  const bayTypes = [...new Set(services.map((service) => service.bayType))];
  if (bayTypes.length > 1) return err(serviceBayTypesMixed(codes, bayTypes));
  return ok({
    services,
    durationMinutes: services.reduce((sum, service) => sum + service.durationMinutes, 0),
    bayType: first.bayType,
    skills: [...new Set(services.map((service) => service.skill))],
  });
}
