import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { InspectionReportSchema } from '../quality/index';
import { ContactChannelSchema } from '../shared/index';
import { commandBase } from './command-base';
import { JobIdSchema } from './ids';
import { PerformedWorkSchema } from './job-schema';
import { CodeSchema, TextSchema } from './values';

/**
 * Command schemas of the work, progress and inspection steps (§3.3(3)–(5),
 * §3.4(5), §4.3(4)(5), X-2). Internal.
 */
export const workCommandSchemas = [
  /** Work pauses for parts. */
  z.object({
    ...commandBase,
    type: z.literal('wait-for-parts'),
    reason: TextSchema,
    partNumbers: z.array(CodeSchema).check(z.maxLength(100)),
  }),
  /** The awaited parts arrived; work resumes. */
  z.object({ ...commandBase, type: z.literal('parts-arrived') }),
  /** A technician clocks on a job. */
  z.object({
    ...commandBase,
    type: z.literal('clock-on'),
    jobId: JobIdSchema,
    technicianId: EmployeeIdSchema,
  }),
  /** A technician clocks off a job. */
  z.object({
    ...commandBase,
    type: z.literal('clock-off'),
    jobId: JobIdSchema,
    technicianId: EmployeeIdSchema,
  }),
  /** The job is done with exactly this work, all of it on the approved plan (§3.3(3)). */
  z.object({
    ...commandBase,
    type: z.literal('complete-job'),
    jobId: JobIdSchema,
    work: PerformedWorkSchema,
  }),
  /** A road test after the repair (§3.3(5)). */
  z.object({
    ...commandBase,
    type: z.literal('record-road-test'),
    jobId: JobIdSchema,
    passed: z.boolean(),
    distanceKm: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    note: z.optional(TextSchema),
  }),
  /** A progress-log entry, possibly a customer update (§3.3(4)). */
  z.object({
    ...commandBase,
    type: z.literal('record-progress'),
    note: TextSchema,
    customerNotified: z.boolean(),
    channel: z.nullable(ContactChannelSchema),
  }),
  /** All work done; hand the car to quality inspection (§4.3(5)). */
  z.object({ ...commandBase, type: z.literal('submit-for-inspection') }),
  /** A failed inspection sends jobs back to work (§3.4(4)). */
  z.object({
    ...commandBase,
    type: z.literal('require-rework'),
    jobIds: z.array(JobIdSchema).check(z.minLength(1), z.maxLength(100)),
    findings: z.array(TextSchema).check(z.minLength(1), z.maxLength(50)),
  }),
  /** A passed inspection report makes the car ready for delivery (§3.4(5)). */
  z.object({
    ...commandBase,
    type: z.literal('mark-ready-for-delivery'),
    report: InspectionReportSchema,
  }),
] as const;
