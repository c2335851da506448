import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema, EmployeeIdSchema, TeamIdSchema } from '../org/index';
import { InstantSchema, parseWith, type ValidationError } from '../shared/index';
import { ChecklistResultSchema } from './checklist';
import { EquipmentSchema } from './equipment';
import { InspectedJobInputSchema } from './inspection-schema';
import {
  FindingsSchema,
  ForeignIdSchema,
  InspectionReportIdSchema,
  MAX_JOBS_PER_INSPECTION,
  MAX_RESULTS,
} from './schema';

/** A register is small; the bound only keeps hostile input out. */
const MAX_EQUIPMENT = 200;
const MAX_TEAMS = 100;

const JobIdsSchema = z
  .array(ForeignIdSchema)
  .check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION));

const commandBase = { at: InstantSchema, actor: ActorSchema };

const checkShape = {
  ...commandBase,
  jobIds: z.optional(JobIdsSchema),
  passed: z.boolean(),
  findings: z.optional(FindingsSchema),
  results: z.optional(z.array(ChecklistResultSchema).check(z.maxLength(MAX_RESULTS))),
  equipment: z.optional(z.array(EquipmentSchema).check(z.maxLength(MAX_EQUIPMENT))),
};

/**
 * The part of a team the level-2 check reads: its id, leader and members
 * (an org `Team` fits).
 *
 * @example
 * ```ts
 * TeamMembershipSchema.safeParse({ id: 'team_m1', leaderId: 'emp_lead', memberIds: ['emp_lead'] }).success;
 * ```
 * @category quality
 * @see §3.4(2)
 */
export const TeamMembershipSchema = z.object({
  id: TeamIdSchema,
  leaderId: EmployeeIdSchema,
  memberIds: z.array(EmployeeIdSchema).check(z.maxLength(100)),
});

/**
 * The commands of the inspection machine, discriminated by `type`; each
 * carries `at` and `actor`:
 * - `self-check` (level 1), `team-check` (level 2, with the current `teams`),
 *   `final-check` (level 3, with the `reportId` to give the report): `passed`,
 *   `findings` (required when failed), checklist `results` and the
 *   `equipment` register entries the measurements used. `jobIds` defaults to
 *   the jobs awaiting this actor at that level (all jobs for level 3).
 * - `record-road-test`: the repair order's road-test result for `jobIds`
 *   (default: the jobs that need one).
 * - `complete-rework`: the technician reports rework done; the jobs restart at level 1.
 * - `add-jobs`: jobs added to the order (e.g. approved supplementary work) join at level 1.
 *
 * @example
 * ```ts
 * parseInspectionCommand({ type: 'self-check', passed: true, at, actor }).isOk(); // true
 * ```
 * @category quality
 * @see §3.4(1)
 * @see §3.4(2)
 * @see §3.4(3)
 * @see §3.4(4)
 */
export const InspectionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('self-check'), ...checkShape }),
  z.object({
    type: z.literal('team-check'),
    ...checkShape,
    teams: z.array(TeamMembershipSchema).check(z.maxLength(MAX_TEAMS)),
  }),
  z.object({ type: z.literal('final-check'), ...checkShape, reportId: InspectionReportIdSchema }),
  z.object({
    type: z.literal('record-road-test'),
    ...commandBase,
    jobIds: z.optional(JobIdsSchema),
    passed: z.boolean(),
  }),
  z.object({
    type: z.literal('complete-rework'),
    ...commandBase,
    jobIds: z.optional(JobIdsSchema),
  }),
  z.object({
    type: z.literal('add-jobs'),
    ...commandBase,
    jobs: z
      .array(InspectedJobInputSchema)
      .check(z.minLength(1), z.maxLength(MAX_JOBS_PER_INSPECTION)),
  }),
]);

/**
 * A parsed {@link InspectionCommandSchema}.
 *
 * @example
 * ```ts
 * const command: InspectionCommand = { type: 'complete-rework', at, actor };
 * ```
 * @category quality
 * @see §3.4(3)
 */
export type InspectionCommand = z.infer<typeof InspectionCommandSchema>;

/**
 * One command type of {@link InspectionCommand}, e.g. `CommandOf<'team-check'>`.
 *
 * @example
 * ```ts
 * const check: CommandOf<'final-check'> = { type: 'final-check', passed: true, reportId, at, actor };
 * ```
 * @category quality
 */
export type CommandOf<T extends InspectionCommand['type']> = Extract<
  InspectionCommand,
  { type: T }
>;

/**
 * The three sign-off commands.
 *
 * @example
 * ```ts
 * function levelOf(command: CheckCommand): 1 | 2 | 3 { return LEVEL_OF[command.type]; }
 * ```
 * @category quality
 */
export type CheckCommand = CommandOf<'self-check' | 'team-check' | 'final-check'>;

/**
 * Parses a command at the boundary (an HTTP body, a queue message). Never
 * throws. Errors: `validation_failed` (clause §3.4(3)).
 *
 * @example
 * ```ts
 * parseInspectionCommand({ type: 'skip-to-final' }).isErr(); // true
 * ```
 * @category quality
 * @see §3.4(3)
 */
export function parseInspectionCommand(input: unknown): Result<InspectionCommand, ValidationError> {
  return parseWith(InspectionCommandSchema, input, '§3.4(3)');
}
