import { err, ok, type Result } from 'neverthrow';
import {
  compareInstants,
  type ForbiddenError,
  parseWith,
  type ValidationError,
  validationError,
} from '../shared/index';
import { checkContext, permit, type SafetyCreateContext } from './context';
import { type SafetyEvent, safetyEvent } from './events';
import { IncidentIdSchema } from './ids';
import { type Incident, type IncidentInput, IncidentInputSchema } from './incident-schema';

/**
 * A new incident and its `safety.incident-reported` event.
 *
 * @example
 * ```ts
 * const { incident, events }: IncidentReported = reportIncident(input, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.3.1
 */
export interface IncidentReported {
  readonly incident: Incident;
  readonly events: readonly SafetyEvent[];
}

/**
 * Reports an incident (事故报告, §9.3.1). Every employee may report one —
 * the capability `incident.report`, which the manual's map gives to every
 * role (§9.1.2 makes reporting a rule for all staff). The incident cannot
 * have happened after it was reported (reason `occurred_after_report`).
 *
 * @example
 * ```ts
 * reportIncident(
 *   { occurredAt, area: 'workshop', description: '更换轮胎时手部划伤', severity: 'minor', injuredCount: 1 },
 *   { id: ids.next('inc'), at, actor: technician },
 * )._unsafeUnwrap().incident.status; // 'reported'
 * ```
 * @returns the incident and its event, or `validation_failed`, `forbidden`
 * @category safety
 * @see §9.3.1
 */
export function reportIncident(
  input: IncidentInput,
  context: SafetyCreateContext,
): Result<IncidentReported, ValidationError | ForbiddenError> {
  return checkContext(context).andThen((checked) =>
    parseWith(IncidentIdSchema, context.id).andThen((id) =>
      parseWith(IncidentInputSchema, input, '§9.3.1')
        .andThen((parsed) => permit(checked, 'incident.report').map(() => parsed))
        .andThen((parsed): Result<IncidentReported, ValidationError> => {
          const { at, actor } = checked;
          if (compareInstants(parsed.occurredAt, at) > 0) {
            const issue = {
              path: 'occurredAt',
              reason: 'occurred_after_report',
              detail: 'an incident cannot be reported before it happens',
            };
            return err(validationError([issue], '§9.3.1'));
          }
          const incident: Incident = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            ...parsed,
            status: 'reported',
            reportedAt: at,
            reportedBy: actor.id,
            investigatorId: null,
            investigationStartedAt: null,
            rootCause: null,
            rootCauseCategory: null,
            correctiveActions: [],
            actionsStartedAt: null,
            closedAt: null,
            closedBy: null,
          };
          const event = safetyEvent('safety.incident-reported', 'incident', id, at, {
            incidentId: id,
            severity: incident.severity,
            area: incident.area,
            injuredCount: incident.injuredCount,
            actorId: actor.id,
          });
          return ok({ incident, events: [event] });
        }),
    ),
  );
}
