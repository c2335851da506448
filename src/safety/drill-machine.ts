import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { checkContext, permit, type SafetyContext } from './context';
import { completeAction, openActionIds } from './corrective-action';
import { DRILL_RATINGS, type Drill, DrillFindingInputSchema } from './drill-schema';
import { type InvalidTransitionError, invalidTransition } from './errors';
import { type SafetyEvent, safetyEvent } from './events';
import {
  type CorrectiveActionInvalidError,
  type CorrectiveActionsOpenError,
  correctiveActionsOpen,
} from './handling-errors';
import { boundedText, MAX_TEXT, uniqueBy } from './text';

const stamp = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of the drill commands (§9.3.3), each with `at` and `actor`:
 * - `evaluate` — `rating`, `planFeasible`, a `summary` and the `findings`,
 *   each with its corrective action (演练评估, 问题整改);
 * - `complete-corrective-action` — `actionId`, once evaluated;
 * - `close` — when every finding's action is completed.
 *
 * @example
 * ```ts
 * DrillCommandSchema.safeParse({ type: 'close', at, actor: safetyOfficer }).success; // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('evaluate'),
    ...stamp,
    rating: z.enum(DRILL_RATINGS),
    planFeasible: z.boolean(),
    summary: boundedText(MAX_TEXT),
    findings: z.array(DrillFindingInputSchema).check(
      z.maxLength(100),
      uniqueBy((f) => f.id),
      uniqueBy((f) => f.action.id),
    ),
  }),
  z.strictObject({
    type: z.literal('complete-corrective-action'),
    ...stamp,
    actionId: z.string().check(z.minLength(1), z.maxLength(128)),
  }),
  z.strictObject({ type: z.literal('close'), ...stamp }),
]);

/**
 * A drill command (before parsing).
 *
 * @example
 * ```ts
 * const evaluate: DrillCommand = { type: 'evaluate', at, actor: safetyOfficer, rating: 'effective', planFeasible: true, summary: '疏散用时4分钟', findings: [] };
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillCommand = z.input<typeof DrillCommandSchema>;

/**
 * The drill after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { drill, events }: DrillTransition = transitionDrill(d, command)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.3.3
 */
export interface DrillTransition {
  readonly drill: Drill;
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error {@link transitionDrill} can return.
 *
 * @example
 * ```ts
 * function explain(error: DrillTransitionError) { return error.code; }
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillTransitionError =
  | ValidationError
  | ForbiddenError
  | InvalidTransitionError
  | CorrectiveActionsOpenError
  | CorrectiveActionInvalidError;

type Outcome = Result<DrillTransition, DrillTransitionError>;
type Command = z.infer<typeof DrillCommandSchema>;

const CLAUSE = '§9.3.3';

function done(drill: Drill, patch: Partial<Drill>, event: SafetyEvent, at: Instant): Outcome {
  return ok({ drill: { ...drill, ...patch, updatedAt: at }, events: [event] });
}

function evaluate(drill: Drill, c: Extract<Command, { type: 'evaluate' }>): Outcome {
  const { at, actor } = c;
  const findings = c.findings.map(({ action, ...finding }) => ({
    ...finding,
    correctiveAction: { ...action, completedAt: null, completedBy: null },
  }));
  const evaluation = {
    rating: c.rating,
    planFeasible: c.planFeasible,
    summary: c.summary,
    evaluatedAt: at,
    evaluatedBy: actor.id,
  };
  const event = safetyEvent('safety.drill-evaluated', 'drill', drill.id, at, {
    drillId: drill.id,
    rating: c.rating,
    planFeasible: c.planFeasible,
    findingCount: findings.length,
    actorId: actor.id,
  });
  return done(drill, { status: 'evaluated', evaluation, findings }, event, at);
}

function completeFinding(
  drill: Drill,
  c: Extract<Command, { type: 'complete-corrective-action' }>,
): Outcome {
  const owner = { entity: 'drill', id: drill.id, clause: CLAUSE } as const;
  const actions = drill.findings.map((f) => f.correctiveAction);
  return completeAction(actions, c.actionId, c.at, c.actor.id, owner).andThen((updated) => {
    const findings = drill.findings.map((f, i) => ({
      ...f,
      correctiveAction: updated[i] ?? f.correctiveAction,
    }));
    const event = safetyEvent('safety.drill-action-completed', 'drill', drill.id, c.at, {
      drillId: drill.id,
      actionId: c.actionId,
      actorId: c.actor.id,
    });
    return done(drill, { findings }, event, c.at);
  });
}

function applyCommand(drill: Drill, cmd: Command): Outcome {
  return match([drill.status, cmd] as const)
    .with(['conducted', { type: 'evaluate' }], ([, c]) => evaluate(drill, c))
    .with(['evaluated', { type: 'complete-corrective-action' }], ([, c]) =>
      completeFinding(drill, c),
    )
    .with(['evaluated', { type: 'close' }], ([, c]): Outcome => {
      const open = openActionIds(drill.findings.map((f) => f.correctiveAction));
      if (open.length > 0) return err(correctiveActionsOpen('drill', drill.id, open, CLAUSE));
      const event = safetyEvent('safety.drill-closed', 'drill', drill.id, c.at, {
        drillId: drill.id,
        findingCount: drill.findings.length,
        actorId: c.actor.id,
      });
      return done(drill, { status: 'closed', closedAt: c.at }, event, c.at);
    })
    .otherwise(([status, c]) => err(invalidTransition('drill', drill.id, status, c.type, CLAUSE)));
}

/**
 * Applies one command to a drill (§9.3.3): conducted → evaluated (the
 * evaluation checks the plan's feasibility and effectiveness and lists the
 * findings, each with a corrective action) → closed once every action is
 * completed ("对演练中发现的问题及时进行整改"). Needs `drill.record`. Any
 * other status/command pair is `invalid_transition`.
 *
 * @example
 * ```ts
 * transitionDrill(evaluated, { type: 'close', at, actor: safetyOfficer }); // err: corrective_actions_open
 * ```
 * @returns the new drill and its event, or `validation_failed`,
 * `forbidden`, `invalid_transition`, `corrective_actions_open`,
 * `corrective_action_invalid`
 * @category safety
 * @see §9.3.3
 */
export function transitionDrill(
  drill: Drill,
  command: DrillCommand,
  options: Pick<SafetyContext, 'capabilities' | 'config'> = {},
): Result<DrillTransition, DrillTransitionError> {
  return parseWith(DrillCommandSchema, command, CLAUSE).andThen((cmd) =>
    checkContext({ ...options, at: cmd.at, actor: cmd.actor })
      .andThen((context) => permit(context, 'drill.record'))
      .andThen(() => applyCommand(drill, cmd)),
  );
}
