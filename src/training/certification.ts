import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addCalendarDays,
  addCalendarMonths,
  type ForbiddenError,
  parseWith,
  type ValidationError,
} from '../shared/index';
import {
  CERTIFICATION_REVOCATION_REASONS,
  type Certification,
  type CertificationInput,
  CertificationInputSchema,
  type CertificationRevocationReason,
} from './certification-schema';
import {
  checkCommand,
  checkCreate,
  type TrainingCommandContext,
  type TrainingCreateContext,
} from './command-context';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import { type CertificationAlreadyRevokedError, certificationAlreadyRevoked } from './errors';
import { type TrainingEvent, trainingEvent } from './events';
import { CertificationIdSchema } from './ids';

/**
 * A certification and the events a command caused.
 *
 * @example
 * ```ts
 * const { certification, events }: CertificationChange = issueCertification(input, context)._unsafeUnwrap();
 * ```
 * @category training
 * @see §8.1.3
 */
export interface CertificationChange {
  readonly certification: Certification;
  readonly events: readonly TrainingEvent[];
}

/**
 * Issues a certification after special training (§8.1.3). Without an
 * explicit `expiresOn` it is valid for `config.certification.defaultValidityMonths`
 * (24 by default): the last valid day is the day before the same date that
 * many months later. The actor needs `certification.record` (trainer and
 * service manager by default). Renewing is issuing a new one.
 *
 * Errors: `validation_failed` (reason `expires_before_issued`); `forbidden`.
 *
 * @example
 * ```ts
 * issueCertification({ employeeId: 'emp_1', code: 'EV-HV', issuedOn: '2026-04-10' },
 *   { id: 'crt_1', at, actor: trainer })._unsafeUnwrap().certification.expiresOn; // '2028-04-09'
 * ```
 * @category training
 * @see §8.1.3
 */
export function issueCertification(
  input: CertificationInput,
  context: TrainingCreateContext,
  config: TrainingConfig = defaultTrainingConfig,
): Result<CertificationChange, ValidationError | ForbiddenError> {
  return checkCreate(context, CertificationIdSchema, 'certification.record').andThen(
    ({ id, at, actor }) =>
      parseWith(CertificationInputSchema, input, '§8.1.3').map((parsed) => {
        const expiresOn =
          parsed.expiresOn === undefined
            ? addCalendarDays(
                addCalendarMonths(parsed.issuedOn, config.certification.defaultValidityMonths),
                -1,
              )
            : parsed.expiresOn;
        const certification: Certification = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          employeeId: parsed.employeeId,
          code: parsed.code,
          issuedOn: parsed.issuedOn,
          expiresOn,
          sessionId: parsed.sessionId ?? null,
          issuedBy: actor.id,
          revocation: null,
        };
        const event = trainingEvent('training.certification-issued', 'certification', id, at, {
          certificationId: id,
          employeeId: certification.employeeId,
          code: certification.code,
          issuedOn: certification.issuedOn,
          expiresOn,
          sessionId: certification.sessionId,
          actorId: actor.id,
        });
        return { certification, events: [event] };
      }),
  );
}

const ReasonSchema = z.enum(CERTIFICATION_REVOCATION_REASONS);

/**
 * Revokes a certification from `context.at` on: from then on it no longer
 * counts (e.g. for dispatching high-voltage jobs). The actor needs
 * `certification.record` (trainer) or `employee.manage` (service manager).
 *
 * Errors: `validation_failed`; `forbidden`; `certification_already_revoked`.
 *
 * @example
 * ```ts
 * revokeCertification(cert, 'safety-violation', { at, actor: manager })
 *   ._unsafeUnwrap().certification.revocation?.reason; // 'safety-violation'
 * ```
 * @category training
 * @see §8.1.3
 */
export function revokeCertification(
  certification: Certification,
  reason: CertificationRevocationReason,
  context: TrainingCommandContext,
): Result<
  CertificationChange,
  ValidationError | ForbiddenError | CertificationAlreadyRevokedError
> {
  // The service manager, who manages staff (§2.2.1(4)), may withdraw a certification too.
  return checkCommand(context, 'certification.record')
    .orElse((denied) =>
      denied.code === 'forbidden'
        ? checkCommand(context, 'employee.manage').mapErr(() => denied)
        : err(denied),
    )
    .andThen((ctx) => parseWith(ReasonSchema, reason, '§8.1.3').map((r) => ({ ...ctx, r })))
    .andThen((value) =>
      certification.revocation === null
        ? ok(value)
        : err(certificationAlreadyRevoked(certification.id)),
    )
    .map(({ at, actor, r }) => {
      const id = certification.id;
      const revoked: Certification = {
        ...certification,
        revocation: { at, by: actor.id, reason: r },
        updatedAt: at,
      };
      const event = trainingEvent('training.certification-revoked', 'certification', id, at, {
        certificationId: id,
        employeeId: certification.employeeId,
        code: certification.code,
        reason: r,
        actorId: actor.id,
      });
      return { certification: revoked, events: [event] };
    });
}
