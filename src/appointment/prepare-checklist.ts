import { err, ok, type Result } from 'neverthrow';
import type { EmployeeId } from '../org/index';
import { addMinutesToInstant, type CalendarDate, type Instant, type Money } from '../shared/index';
import type { BayId } from './capacity-schema';
import { type AppointmentConfig, defaultAppointmentConfig } from './config';
import { partsForServices } from './confirmation';
import {
  type AppointmentNotConfirmedError,
  appointmentNotConfirmed,
  type ServiceUnknownError,
  serviceUnknown,
} from './errors';
import type { AppointmentId } from './ids';
import type { Appointment, ConfirmedItem } from './schema';
import type { PartRequirement, ServiceDefinition } from './service-schema';
import type { BayType } from './vocabulary';

/**
 * What reception prepares before a confirmed appointment (接车准备): the
 * advisor who receives the car, the bay and technician booked, the items and
 * their parts to reserve, the estimate to hand over, and when all of it is due.
 *
 * @example
 * ```ts
 * const checklist: PreparationChecklist = prepareChecklist(appointment, capacity.services)._unsafeUnwrap();
 * checklist.partsToReserve; // [{ partNumber: 'OIL-0W20', quantity: '4.5' }]
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export interface PreparationChecklist {
  readonly appointmentId: AppointmentId;
  readonly date: CalendarDate;
  readonly arrival: Instant;
  readonly end: Instant;
  /** Preparation is due by then (`preparationLeadMinutes` before arrival). */
  readonly prepareBy: Instant;
  readonly advisorId: EmployeeId;
  readonly bayId: BayId;
  readonly bayType: BayType;
  readonly technicianId: EmployeeId;
  readonly items: readonly ConfirmedItem[];
  /** Parts to reserve (备件预留), one line per part number, quantities summed. */
  readonly partsToReserve: readonly PartRequirement[];
  readonly estimateTotal: Money;
  /** True when the customer described a concern the advisor should read first. */
  readonly hasConcern: boolean;
}

/**
 * The preparation checklist of a confirmed appointment (§3.1(4): the record
 * lets the advisor prepare in advance). Parts come from the service
 * catalogue's parts for the confirmed items; reserving them is a `parts`
 * command the host issues from this list.
 *
 * Errors: `appointment_not_confirmed`, `service_unknown` (an item no longer
 * in the catalogue).
 *
 * @param appointment - a confirmed appointment
 * @param catalogue - the service catalogue
 * @param config - for `preparationLeadMinutes`
 * @example
 * ```ts
 * const checklist = prepareChecklist(appointment, capacity.services)._unsafeUnwrap();
 * checklist.bayId; // 'bay_e1'
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function prepareChecklist(
  appointment: Appointment,
  catalogue: readonly ServiceDefinition[],
  config: AppointmentConfig = defaultAppointmentConfig,
): Result<PreparationChecklist, AppointmentNotConfirmedError | ServiceUnknownError> {
  const confirmation = appointment.confirmation;
  if (appointment.status !== 'confirmed' || confirmation === null) {
    return err(appointmentNotConfirmed(appointment.id, appointment.status));
  }
  const services: ServiceDefinition[] = [];
  for (const item of confirmation.items) {
    const service = catalogue.find((candidate) => candidate.code === item.code);
    if (service === undefined) return err(serviceUnknown(item.code, '§3.1(4)'));
    services.push(service);
  }
  const { slot } = confirmation;
  return ok({
    appointmentId: appointment.id,
    date: slot.date,
    arrival: slot.start,
    end: slot.end,
    prepareBy: addMinutesToInstant(slot.start, -config.preparationLeadMinutes),
    advisorId: slot.advisorId,
    bayId: slot.bayId,
    bayType: slot.bayType,
    technicianId: slot.technicianId,
    items: confirmation.items,
    partsToReserve: partsForServices(services),
    estimateTotal: confirmation.estimate.total,
    hasConcern: appointment.concern !== undefined,
  });
}
