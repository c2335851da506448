import * as z from 'zod/mini';
import { CodeSchema } from '../pricing/index';
import { TrainingTopicSchema } from './vocabulary';

/**
 * Schema of one required training: a topic (any course teaching it
 * counts) or a specific course code, and how often it must be renewed
 * (`renewalMonths`, `null` = once is enough). At least one of `topic` and
 * `courseCode` is set (reason `requirement_empty`).
 *
 * @example
 * ```ts
 * TrainingRequirementSchema.safeParse({ topic: 'safety-basics', courseCode: null, renewalMonths: 12 }).success; // true
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export const TrainingRequirementSchema = z
  .object({
    topic: z.nullable(TrainingTopicSchema),
    courseCode: z.nullable(CodeSchema),
    renewalMonths: z.nullable(z.int().check(z.gte(1), z.lte(120))),
  })
  .check(
    z.refine((row) => row.topic !== null || row.courseCode !== null, {
      message: 'name a topic or a course code',
      params: { reason: 'requirement_empty' },
    }),
  );

/**
 * One required training.
 *
 * @example
 * ```ts
 * const rule: TrainingRequirement = { topic: 'emergency-response', courseCode: null, renewalMonths: 12 };
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export type TrainingRequirement = z.infer<typeof TrainingRequirementSchema>;
