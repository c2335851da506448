import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import { InstantSchema, MoneySchema } from '../shared/index';
import { ImprovementActionIdSchema } from './ids';
import { ProposalScoresSchema, RejectionReasonSchema } from './proposal-schema';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };
const note = z.optional(z.nullable(boundedText(MAX_TITLE)));

/**
 * Schema of the commands of a proposal's lifecycle, each with `at` and `actor`:
 * - `start-evaluation` — `submitted` → `under-evaluation`;
 * - `accept` — with `scores`, an optional `estimatedAnnualSaving` and `note`;
 * - `reject` — with a `reason` code, an optional `note` and optional `scores`;
 * - `record-implementation` — `accepted` → `implemented`, with a `summary`
 *   and the id of the action that carried it out, if any.
 *
 * The award is not a command here: it moves money, see `awardProposal`.
 *
 * @example
 * ```ts
 * ProposalCommandSchema.safeParse({ type: 'reject', at, actor: manager, reason: 'not-feasible' }).success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ProposalCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start-evaluation'), ...stamp }),
  z.strictObject({
    type: z.literal('accept'),
    ...stamp,
    scores: ProposalScoresSchema,
    estimatedAnnualSaving: z.optional(z.nullable(MoneySchema)),
    note,
  }),
  z.strictObject({
    type: z.literal('reject'),
    ...stamp,
    reason: RejectionReasonSchema,
    note,
    scores: z.optional(ProposalScoresSchema),
  }),
  z.strictObject({
    type: z.literal('record-implementation'),
    ...stamp,
    summary: boundedText(MAX_FREE_TEXT),
    actionId: z.optional(z.nullable(ImprovementActionIdSchema)),
  }),
]);

/**
 * A proposal command (before parsing).
 *
 * @example
 * ```ts
 * const accept: ProposalCommand = {
 *   type: 'accept', at, actor: manager, scores: { benefit: 4, feasibility: 5, novelty: 3 },
 * };
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalCommand = z.input<typeof ProposalCommandSchema>;

/**
 * A parsed proposal command of one type. Internal to improvement.
 *
 * @example
 * ```ts
 * function onAccept(command: ProposalCommandOf<'accept'>) { return command.scores.benefit; }
 * ```
 * @internal
 * @category improvement
 */
export type ProposalCommandOf<T extends ProposalCommand['type']> = Extract<
  z.infer<typeof ProposalCommandSchema>,
  { type: T }
>;
