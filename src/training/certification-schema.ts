import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CodeSchema } from '../pricing/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../shared/index';
import { CertificationIdSchema, TrainingSessionIdSchema } from './ids';

/**
 * Why a certification was revoked (吊销): a safety violation, a failed
 * re-assessment, issued in error, the employee left, or another reason.
 *
 * @example
 * ```ts
 * CERTIFICATION_REVOCATION_REASONS.includes('safety-violation'); // true
 * ```
 * @category training
 * @see §8.1.3
 */
export const CERTIFICATION_REVOCATION_REASONS = [
  'safety-violation',
  'failed-reassessment',
  'issued-in-error',
  'left-company',
  'other',
] as const;

/**
 * A revocation reason.
 *
 * @example
 * ```ts
 * const reason: CertificationRevocationReason = 'issued-in-error';
 * ```
 * @category training
 * @see §8.1.3
 */
export type CertificationRevocationReason = (typeof CERTIFICATION_REVOCATION_REASONS)[number];

const notBefore = z.refine<{ issuedOn: string; expiresOn: string | null }>(
  (value) => value.expiresOn === null || value.expiresOn >= value.issuedOn,
  {
    message: 'a certification cannot expire before it is issued',
    path: ['expiresOn'],
    params: { reason: 'expires_before_issued' },
  },
);

/**
 * Schema of a certification (资质证书) from special training (§8.1.3): the
 * holder, the certification code that jobs require (e.g. `EV-HV` for
 * high-voltage work), the day it was issued, the last day it is valid
 * (`null` = no expiry), the session it came from, and its revocation.
 *
 * @example
 * ```ts
 * parseWith(CertificationSchema, JSON.parse(row)).isOk();
 * ```
 * @category training
 * @see §8.1.3
 * @see §2.2.6
 */
export const CertificationSchema = z
  .object({
    ...entityBaseShape,
    id: CertificationIdSchema,
    employeeId: EmployeeIdSchema,
    code: CodeSchema,
    issuedOn: CalendarDateSchema,
    expiresOn: z.nullable(CalendarDateSchema),
    sessionId: z.nullable(TrainingSessionIdSchema),
    issuedBy: EmployeeIdSchema,
    revocation: z.nullable(
      z.object({
        at: InstantSchema,
        by: EmployeeIdSchema,
        reason: z.enum(CERTIFICATION_REVOCATION_REASONS),
      }),
    ),
  })
  .check(notBefore);

/**
 * A certification.
 *
 * @example
 * ```ts
 * const cert: Certification = issueCertification(input, context)._unsafeUnwrap().certification;
 * ```
 * @category training
 * @see §8.1.3
 */
export type Certification = z.infer<typeof CertificationSchema>;

/**
 * Schema of the input that issues a certification. Without `expiresOn`
 * the configured validity (`certification.defaultValidityMonths`) runs
 * from `issuedOn`; `expiresOn: null` means it never expires.
 *
 * @example
 * ```ts
 * CertificationInputSchema.safeParse({ employeeId: 'emp_1', code: 'EV-HV', issuedOn: '2026-04-10' }).success; // true
 * ```
 * @category training
 * @see §8.1.3
 */
export const CertificationInputSchema = z
  .strictObject({
    employeeId: EmployeeIdSchema,
    code: CodeSchema,
    issuedOn: CalendarDateSchema,
    expiresOn: z.optional(z.nullable(CalendarDateSchema)),
    sessionId: z.optional(z.nullable(TrainingSessionIdSchema)),
  })
  .check(
    z.refine((value) => value.expiresOn == null || value.expiresOn >= value.issuedOn, {
      message: 'a certification cannot expire before it is issued',
      path: ['expiresOn'],
      params: { reason: 'expires_before_issued' },
    }),
  );

/**
 * Input that issues a certification (before parsing).
 *
 * @example
 * ```ts
 * const input: CertificationInput = { employeeId: 'emp_1', code: 'EV-HV', issuedOn: '2026-04-10' };
 * ```
 * @category training
 * @see §8.1.3
 */
export type CertificationInput = z.input<typeof CertificationInputSchema>;
