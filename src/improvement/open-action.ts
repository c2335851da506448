import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, ActorSchema, EmployeeIdSchema } from '../org/index';
import {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import {
  type DueDateBeforeOpeningError,
  type DuplicateImprovementTriggerError,
  dueDateBeforeOpening,
  duplicateImprovementTrigger,
  type ImprovementTriggerRequiredError,
  improvementTriggerRequired,
} from './action-errors';
import { type ActionKind, ActionKindSchema, type ImprovementAction } from './action-schema';
import { type ImprovementCreateContext, type ImprovementOptions, permit } from './command-context';
import { defaultImprovementConfig } from './config';
import { type ImprovementEvent, improvementEvent } from './events';
import { ImprovementActionIdSchema } from './ids';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';
import type { ImprovementTrigger } from './trigger';
import { ImprovementTriggerSchema, triggerKey } from './trigger-schema';

const CLAUSE = '§12.1.1–§12.1.3';

/**
 * Schema of the input that opens an action: the trigger it answers (absent
 * or `null` for a manual preventive action), the kind (corrective when a
 * trigger is given, preventive otherwise, unless stated), a title (derived
 * from the trigger when absent), a description, the subject (the trigger's
 * when absent), the owner's employee id and the due date (by default
 * `config.action.dueDays[kind]` after the opening day in the dealer's zone).
 * Without a trigger, `title` and `subject` are required (reason `required`).
 *
 * @example
 * ```ts
 * OpenActionInputSchema.safeParse({ trigger, ownerId: 'emp_qa' }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const OpenActionInputSchema = z
  .strictObject({
    trigger: z.optional(z.nullable(ImprovementTriggerSchema)),
    kind: z.optional(ActionKindSchema),
    title: z.optional(boundedText(MAX_TITLE)),
    description: z.optional(z.nullable(boundedText(MAX_FREE_TEXT))),
    subject: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
    ownerId: EmployeeIdSchema,
    dueOn: z.optional(CalendarDateSchema),
  })
  .check(
    z.refine((input) => input.trigger != null || input.title !== undefined, {
      path: ['title'],
      message: 'a manual action needs a title',
      params: { reason: 'required' },
    }),
    z.refine((input) => input.trigger != null || input.subject !== undefined, {
      path: ['subject'],
      message: 'a manual action needs a subject',
      params: { reason: 'required' },
    }),
  );

/**
 * Input that opens an action (before parsing).
 *
 * @example
 * ```ts
 * const input: OpenActionInput = { title: '举升机季度点检', subject: 'lift-safety', ownerId: 'emp_ws', kind: 'preventive' };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type OpenActionInput = z.input<typeof OpenActionInputSchema>;

/**
 * Options of {@link openAction}: configuration, capability map, and the
 * actions already registered for the same trigger (e.g. from
 * `actions.findByTriggerKey(triggerKey(trigger))`) for duplicate detection.
 *
 * @example
 * ```ts
 * const options: OpenActionOptions = { existing: (await repositories.actions.findByTriggerKey(key))._unsafeUnwrap() };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface OpenActionOptions extends ImprovementOptions {
  readonly existing?: readonly ImprovementAction[];
}

/**
 * A newly opened action and its `improvement.action-opened` event.
 *
 * @example
 * ```ts
 * const { action, events }: ActionOpened = openAction(input, context)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface ActionOpened {
  readonly action: ImprovementAction;
  readonly events: readonly ImprovementEvent[];
}

/**
 * Every error {@link openAction} can return.
 *
 * @example
 * ```ts
 * function explain(error: OpenActionError) { return error.code; }
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type OpenActionError =
  | ValidationError
  | ForbiddenError
  | ImprovementTriggerRequiredError
  | DuplicateImprovementTriggerError
  | DueDateBeforeOpeningError;

/**
 * The registered action, other than a cancelled one, that already answers
 * this trigger (same source, source id and reason), or `null`. Use it to
 * link a repeated trigger (the same complaint reported twice) to the
 * existing action instead of opening another.
 *
 * @example
 * ```ts
 * findActionForTrigger(improvementFromComplaint(closed)!, actions)?.id; // 'ia_1'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function findActionForTrigger(
  trigger: Pick<ImprovementTrigger, 'source' | 'sourceId' | 'reason'>,
  actions: readonly ImprovementAction[],
): ImprovementAction | null {
  const key = triggerKey(trigger);
  return actions.find((a) => a.triggerKey === key && a.status !== 'cancelled') ?? null;
}

const ContextSchema = z.object({
  id: ImprovementActionIdSchema,
  at: InstantSchema,
  actor: ActorSchema,
});

type ParsedInput = z.infer<typeof OpenActionInputSchema>;

interface Opening {
  readonly id: ImprovementAction['id'];
  readonly at: Instant;
  readonly actor: Actor;
  readonly parsed: ParsedInput;
  readonly trigger: ImprovementTrigger | null;
  readonly kind: ActionKind;
  readonly dueOn: CalendarDate;
}

function checkTrigger(
  parsed: ParsedInput,
  existing: readonly ImprovementAction[],
): Result<{ trigger: ImprovementTrigger | null; kind: ActionKind }, OpenActionError> {
  const trigger = parsed.trigger ?? null;
  if (trigger === null) {
    return parsed.kind === 'corrective'
      ? err(improvementTriggerRequired())
      : ok({ trigger, kind: 'preventive' });
  }
  const duplicate = findActionForTrigger(trigger, existing);
  return duplicate === null
    ? ok({ trigger, kind: parsed.kind ?? 'corrective' })
    : err(duplicateImprovementTrigger(duplicate.id, triggerKey(trigger)));
}

function newAction(o: Opening): ImprovementAction {
  const { trigger, parsed } = o;
  return {
    id: o.id,
    version: 0,
    createdAt: o.at,
    updatedAt: o.at,
    kind: o.kind,
    source: trigger === null ? 'manual' : trigger.source,
    trigger,
    triggerKey: trigger === null ? null : triggerKey(trigger),
    // The schema makes title and subject required when there is no trigger.
    title: parsed.title ?? `${trigger?.source}: ${trigger?.subject}`,
    description: parsed.description ?? null,
    subject: parsed.subject ?? trigger?.subject ?? '',
    status: 'open',
    ownerId: parsed.ownerId,
    dueOn: o.dueOn,
    openedAt: o.at,
    openedBy: o.actor.id,
    rootCause: null,
    plan: null,
    startedAt: null,
    implementation: null,
    verifications: [],
    reopenCount: 0,
    closedAt: null,
    closedBy: null,
    cancellation: null,
  };
}

/**
 * Opens a corrective or preventive action (纠正和预防措施) in the register
 * (§12.1): from an {@link ImprovementTrigger} that crm, quality, safety,
 * parts or analytics produced (a complaint, a failed inspection, a
 * comeback, an incident, a drill, a survey, a stocktake variance, a KPI
 * below target, an accepted proposal), or manually as a preventive action.
 * The actor needs `improvement-action.manage`. The due date defaults to
 * `config.action.dueDays[kind]` days after the opening day in the dealer's
 * zone and may not be earlier than that day.
 *
 * @returns the action (status `open`, version 0) and its event, or
 * `validation_failed`, `forbidden`, `improvement_trigger_required` (a
 * corrective action without a trigger), `duplicate_improvement_trigger`
 * (an action for this trigger exists in `options.existing`),
 * `due_date_before_opening`
 * @example
 * ```ts
 * const trigger = improvementFromComplaint(closedComplaint); // crm
 * const { action } = openAction(
 *   { trigger, ownerId: 'emp_ws' },
 *   { id: ids.next('ia'), at: clock.now(), actor: serviceManager },
 * )._unsafeUnwrap();
 * action.kind; // 'corrective'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see §1.2(6)
 * @see §7.2.3
 * @see §11.2.4
 */
export function openAction(
  input: OpenActionInput,
  context: ImprovementCreateContext,
  options: OpenActionOptions = {},
): Result<ActionOpened, OpenActionError> {
  const config = options.config ?? defaultImprovementConfig;
  const map = options.capabilityMap ?? context.capabilityMap;
  return parseWith(ContextSchema, context, CLAUSE).andThen(({ id, at, actor }) =>
    parseWith(OpenActionInputSchema, input, CLAUSE)
      .andThen((parsed) => permit(actor, 'improvement-action.manage', map).map(() => parsed))
      .andThen((parsed) =>
        checkTrigger(parsed, options.existing ?? []).andThen(({ trigger, kind }) => {
          const openedOn = toDealerDate(at, config.timeZone);
          const dueOn = parsed.dueOn ?? addCalendarDays(openedOn, config.action.dueDays[kind]);
          if (dueOn < openedOn) return err(dueDateBeforeOpening(id, dueOn, openedOn));
          const action = newAction({ id, at, actor, parsed, trigger, kind, dueOn });
          const event = improvementEvent(
            'improvement.action-opened',
            'improvement-action',
            id,
            at,
            {
              actionId: id,
              kind,
              source: action.source,
              sourceId: trigger?.sourceId ?? null,
              reason: trigger?.reason ?? null,
              ownerId: action.ownerId,
              dueOn,
              actorId: actor.id,
            },
          );
          return ok({ action, events: [event] });
        }),
      ),
  );
}
