import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, authorize, type CapabilityMap } from '../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  type Id,
  type Instant,
  InstantSchema,
  idSchema,
  parseWith,
  toDealerDate,
} from '../shared/index';
import { advanceCertificateCounter, type CertificateCounter } from './certificate-number';
import { defaultQualityConfig, type QualityConfig } from './config';
import { type QualityError, qualityError } from './errors';
import { type QualityEvent, qualityEvent } from './events';
import { guaranteeExpiry, longestGuaranteePeriod } from './guarantee-period';
import { requirePassedInspection } from './inspection-report';
import { RepairCategorySchema } from './repair-category';
import { ForeignIdSchema, type InspectionReport, InspectionReportIdSchema } from './schema';
import { DealerCodeSchema, type WorkshopProfile } from './workshop-profile';

/**
 * Identifier of a completion certificate.
 *
 * @example
 * ```ts
 * const id = 'cert_1' as CompletionCertificateId;
 * ```
 * @category quality
 * @see §4.1(4)
 */
export type CompletionCertificateId = Id<'CompletionCertificate'>;

/**
 * The completion certificate (竣工出厂合格证) of a repair order: its number
 * in the dealer's yearly gap-free sequence, the order, vehicle (id only) and
 * inspection report it rests on, the categories that required it, the QC
 * inspector who signed it, when it was issued and the quality guarantee it
 * states (REG-1: days and km from the day of issue, whichever ends first).
 *
 * @example
 * ```ts
 * certificate.number; // 'SH4S01-2026-000042'
 * certificate.guarantee; // { days: 100, km: 20000, lastDay: '2026-06-09', lastOdometerKm: 65000 }
 * ```
 * @category quality
 * @see §4.1(4)
 * @see REG-1
 */
export const CompletionCertificateSchema = z.object({
  ...entityBaseShape,
  id: idSchema<'CompletionCertificate'>(),
  number: z.string().check(z.maxLength(28)),
  dealerCode: DealerCodeSchema,
  year: z.int().check(z.gte(1000), z.lte(9999)),
  repairOrderId: ForeignIdSchema,
  vehicleId: ForeignIdSchema,
  inspectionReportId: InspectionReportIdSchema,
  repairCategories: z.array(RepairCategorySchema).check(z.minLength(1), z.maxLength(7)),
  signedBy: ForeignIdSchema,
  issuedAt: InstantSchema,
  issuedOn: CalendarDateSchema,
  odometerKm: z.int().check(z.gte(0), z.lte(10_000_000)),
  guarantee: z.object({
    days: z.int().check(z.gte(1)),
    km: z.int().check(z.gte(1)),
    lastDay: CalendarDateSchema,
    lastOdometerKm: z.int().check(z.gte(0)),
  }),
});

/**
 * A parsed {@link CompletionCertificateSchema}.
 *
 * @example
 * ```ts
 * const printed: CompletionCertificate = result.certificate;
 * ```
 * @category quality
 * @see §4.1(4)
 */
export type CompletionCertificate = z.infer<typeof CompletionCertificateSchema>;

/**
 * What issuing a certificate needs: its id, the order (id and job ids), its
 * passed inspection report (`null` when there is none), the vehicle id and
 * odometer at delivery, the dealer-year counter as read (`null` when this is
 * the year's first certificate) and the workshop profile.
 *
 * @example
 * ```ts
 * const input: IssueCertificateInput = { id, repairOrderId, jobIds, report, vehicleId, odometerKm: 45000, counter, workshop };
 * ```
 * @category quality
 * @see §4.1(4)
 */
export interface IssueCertificateInput {
  readonly id: string;
  readonly repairOrderId: string;
  readonly jobIds: readonly string[];
  readonly report: InspectionReport | null;
  readonly vehicleId: string;
  readonly odometerKm: number;
  readonly counter: CertificateCounter | null;
  readonly workshop: Pick<WorkshopProfile, 'dealerCode' | 'timeZone'>;
}

/**
 * Who issues, when, and under which rules.
 *
 * @example
 * ```ts
 * const context: CertificateContext = { actor: qcInspector, at };
 * ```
 * @category quality
 * @see §4.1(4)
 */
export interface CertificateContext {
  readonly actor: Actor;
  readonly at: Instant;
  readonly config?: QualityConfig;
  readonly capabilities?: CapabilityMap;
}

/**
 * The result of issuing: the certificate, the advanced counter to save with
 * it (expected version: the counter's version as read, 0 when new) and the
 * `quality.certificate-issued` event.
 *
 * @example
 * ```ts
 * const { certificate, counter, events }: IssuedCertificate = issued;
 * ```
 * @category quality
 * @see §4.1(4)
 */
export interface IssuedCertificate {
  readonly certificate: CompletionCertificate;
  readonly counter: CertificateCounter;
  readonly events: readonly QualityEvent[];
}

/**
 * Issues the completion certificate (竣工出厂合格证, §4.1(4)) of a repair
 * order: only for orders with a category that requires one (by default
 * second-level maintenance, assembly and whole-vehicle overhaul), only on a
 * passed inspection report covering every job, signed by an actor holding
 * `completion-certificate.issue` (the QC inspector), numbered from the
 * dealer-year sequence, stating the longest guarantee of the order's
 * categories from the day of issue (REG-1). Pure: the caller stores the
 * certificate and the counter together (see `issueCompletionCertificateInStore`).
 *
 * Errors: `inspection_report_missing`, `inspection_report_mismatch`,
 * `certificate_not_required`, `forbidden`, `certificate_sequence_mismatch`,
 * `certificate_sequence_exhausted`, `validation_failed` (bad id, odometer or
 * dealer code).
 *
 * @example
 * ```ts
 * issueCompletionCertificate({ ...input, report: null }, context); // err: inspection_report_missing
 * issueCompletionCertificate(input, { actor: qcInspector, at })._unsafeUnwrap().certificate.number; // 'SH4S01-2026-000001'
 * ```
 * @category quality
 * @see §4.1(4)
 * @see §3.4(5)
 * @see REG-1
 */
export function issueCompletionCertificate(
  input: IssueCertificateInput,
  context: CertificateContext,
): Result<IssuedCertificate, QualityError> {
  const config = context.config ?? defaultQualityConfig;
  const subject = { repairOrderId: input.repairOrderId, jobIds: input.jobIds };
  const passed = requirePassedInspection(input.report, subject);
  if (passed.isErr()) return err(passed.error);
  const report = passed.value;
  const required = report.repairCategories.filter((c) => config.certificateCategories.includes(c));
  if (required.length === 0) {
    return err(
      qualityError('certificate_not_required', { repairCategories: report.repairCategories }),
    );
  }
  const allowed = authorize(context.actor, 'completion-certificate.issue', {
    map: context.capabilities,
  });
  if (allowed.isErr()) return err(allowed.error);
  const issuedOn = toDealerDate(context.at, input.workshop.timeZone);
  const year = Number(issuedOn.slice(0, 4));
  const advanced = advanceCertificateCounter(
    input.counter,
    input.workshop.dealerCode,
    year,
    context.at,
  );
  if (advanced.isErr()) return err(advanced.error);
  const period = longestGuaranteePeriod(report.repairCategories, config) ?? { days: 1, km: 1 };
  const expiry = guaranteeExpiry(issuedOn, input.odometerKm, period, config);
  const candidate = {
    id: input.id,
    version: 0,
    createdAt: context.at,
    updatedAt: context.at,
    number: advanced.value.number,
    dealerCode: input.workshop.dealerCode,
    year,
    repairOrderId: input.repairOrderId,
    vehicleId: input.vehicleId,
    inspectionReportId: report.id,
    repairCategories: required,
    signedBy: context.actor.id,
    issuedAt: context.at,
    issuedOn,
    odometerKm: input.odometerKm,
    guarantee: { ...period, ...expiry },
  };
  // The ids and odometer come from the host unchecked; the schema guards what gets printed.
  const parsed = parseWith(CompletionCertificateSchema, candidate, '§4.1(4)');
  if (parsed.isErr()) return err(parsed.error);
  const event = qualityEvent('quality.certificate-issued', candidate.id, context.at, {
    repairOrderId: input.repairOrderId,
    certificateNumber: candidate.number,
    inspectionReportId: report.id,
    signedBy: context.actor.id,
  });
  return ok({ certificate: parsed.value, counter: advanced.value.counter, events: [event] });
}
