import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { parseWith, type ValidationError } from '../shared/index';
import { IMPROVEMENT_SOURCES, type ImprovementTrigger } from './trigger';

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Schema of an {@link ImprovementSource}.
 *
 * @example
 * ```ts
 * ImprovementSourceSchema.safeParse('comeback').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ImprovementSourceSchema = z.enum(IMPROVEMENT_SOURCES);

/**
 * Schema of an {@link ImprovementTrigger} as another module (crm, quality,
 * safety, parts, analytics) or a host hands it over: `reason` is snake_case,
 * `score` and `threshold` finite numbers or `null`, every text bounded.
 *
 * @example
 * ```ts
 * ImprovementTriggerSchema.safeParse(improvementFromComplaint(closed)).success; // true
 * ```
 * @category improvement
 * @see §1.2(6)
 * @see §7.2.3
 * @see §11.2.4
 * @see §12.1.1–§12.1.3
 */
export const ImprovementTriggerSchema = z.object({
  source: ImprovementSourceSchema,
  sourceId: z.string().check(z.minLength(1), z.maxLength(120)),
  reason: z.string().check(z.minLength(1), z.maxLength(64), z.regex(SNAKE_CASE)),
  subject: z.string().check(z.minLength(1), z.maxLength(120)),
  score: z.nullable(z.number().check(z.refine(Number.isFinite, 'must be finite'))),
  threshold: z.nullable(z.number().check(z.refine(Number.isFinite, 'must be finite'))),
  customerId: z.nullable(z.string().check(z.minLength(1), z.maxLength(120))),
  clause: z.string().check(z.minLength(1), z.maxLength(40)),
});

/**
 * Parses an {@link ImprovementTrigger} at the boundary. Never throws.
 *
 * @returns the trigger, or `validation_failed`
 * @example
 * ```ts
 * parseImprovementTrigger({ source: 'gossip' }).isErr(); // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function parseImprovementTrigger(
  input: unknown,
): Result<ImprovementTrigger, ValidationError> {
  return parseWith(ImprovementTriggerSchema, input, '§12.1.1–§12.1.3');
}

/**
 * The key that makes two triggers the same occasion: source, source id and
 * reason. Two triggers with the same key must not open two actions (one
 * complaint, one action); a different reason about the same record (e.g. a
 * complaint closed, then the same complaint closed unsatisfied after a
 * reopening) is a new occasion.
 *
 * @example
 * ```ts
 * triggerKey({ source: 'complaint', sourceId: 'cmp_1', reason: 'complaint_closed' }); // 'complaint|cmp_1|complaint_closed'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function triggerKey(
  trigger: Pick<ImprovementTrigger, 'source' | 'sourceId' | 'reason'>,
): string {
  return `${trigger.source}|${trigger.sourceId}|${trigger.reason}`;
}
