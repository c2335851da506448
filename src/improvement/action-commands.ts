import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema } from '../org/index';
import { CalendarDateSchema, InstantSchema } from '../shared/index';
import { CancelReasonSchema, RootCauseCategorySchema } from './action-schema';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of the commands of an action's lifecycle, each with `at` and `actor`:
 * - `analyse` — record the root cause (`category`, `analysis`): `open` →
 *   `analysed`; in `analysed` or `in-progress` it revises the root cause;
 * - `start` — the measure to take (`plan`): `analysed` → `in-progress`;
 * - `implement` — what was done (`summary`): `in-progress` → `implemented`;
 * - `verify` — `effective` or not, with an optional `note`; not effective
 *   sends the action back to `in-progress` (optionally with a new `dueOn`);
 * - `close` — `verified` → `closed`;
 * - `reassign` — a new `ownerId` and/or `dueOn` while the action is live;
 * - `cancel` — with a `reason` code, before implementation.
 *
 * @example
 * ```ts
 * ActionCommandSchema.safeParse({ type: 'verify', at, actor: manager, effective: true }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ActionCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('analyse'),
    ...stamp,
    rootCause: z.strictObject({
      category: RootCauseCategorySchema,
      analysis: boundedText(MAX_FREE_TEXT),
    }),
  }),
  z.strictObject({ type: z.literal('start'), ...stamp, plan: boundedText(MAX_FREE_TEXT) }),
  z.strictObject({ type: z.literal('implement'), ...stamp, summary: boundedText(MAX_FREE_TEXT) }),
  z.strictObject({
    type: z.literal('verify'),
    ...stamp,
    effective: z.boolean(),
    note: z.optional(z.nullable(boundedText(MAX_TITLE))),
    dueOn: z.optional(CalendarDateSchema),
  }),
  z.strictObject({ type: z.literal('close'), ...stamp }),
  z
    .strictObject({
      type: z.literal('reassign'),
      ...stamp,
      ownerId: z.optional(EmployeeIdSchema),
      dueOn: z.optional(CalendarDateSchema),
    })
    .check(
      z.refine((c) => c.ownerId !== undefined || c.dueOn !== undefined, {
        message: 'give a new owner or a new due date',
        params: { reason: 'required' },
      }),
    ),
  z.strictObject({ type: z.literal('cancel'), ...stamp, reason: CancelReasonSchema }),
]);

/**
 * An action command (before parsing).
 *
 * @example
 * ```ts
 * const analyse: ActionCommand = {
 *   type: 'analyse', at, actor: owner, rootCause: { category: 'method', analysis: '未按手册力矩复紧' },
 * };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionCommand = z.input<typeof ActionCommandSchema>;

/**
 * A parsed action command of one type. Internal to improvement.
 *
 * @example
 * ```ts
 * function onVerify(command: ActionCommandOf<'verify'>) { return command.effective; }
 * ```
 * @internal
 * @category improvement
 */
export type ActionCommandOf<T extends ActionCommand['type']> = Extract<
  z.infer<typeof ActionCommandSchema>,
  { type: T }
>;
