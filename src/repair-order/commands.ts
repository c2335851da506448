import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { parseWith, type ValidationError } from '../shared/index';
import { deliveryCommandSchemas } from './commands-delivery';
import { planningCommandSchemas } from './commands-planning';
import { receptionCommandSchemas } from './commands-reception';
import { workCommandSchemas } from './commands-work';

/**
 * Schema of every {@link RepairOrderCommand}, discriminated by `type`. Each
 * command carries `at` (an instant) and `actor` (an org `Actor`).
 *
 * @example
 * ```ts
 * RepairOrderCommandSchema.safeParse({ type: 'close', at, actor }).success; // true
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export const RepairOrderCommandSchema = z.discriminatedUnion('type', [
  ...receptionCommandSchemas,
  ...planningCommandSchemas,
  ...workCommandSchemas,
  ...deliveryCommandSchemas,
]);

/**
 * A command to a repair order (what {@link transition} accepts): reception
 * (`update-reception`, `attach-estimate`, `acknowledge-reception`,
 * `record-custody`, `link-comeback`), planning (`add-job`,
 * `record-finding`, `record-multipoint`, `approve-plan`, `dispatch-job`,
 * `propose-supplementary`, `decide-supplementary`), work (`wait-for-parts`,
 * `parts-arrived`, `clock-on`, `clock-off`, `complete-job`,
 * `record-road-test`, `record-progress`, `submit-for-inspection`,
 * `require-rework`, `mark-ready-for-delivery`) and delivery (`settle`,
 * `record-payment`, `approve-credit`, `issue-exit-pass`, `deliver`,
 * `close`, `cancel`).
 *
 * @example
 * ```ts
 * const command: RepairOrderCommand = { type: 'record-progress', at, actor, note: '已拆检', customerNotified: true, channel: 'phone' };
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export type RepairOrderCommand = z.infer<typeof RepairOrderCommandSchema>;

/**
 * The `type` of a repair-order command.
 *
 * @example
 * ```ts
 * const type: RepairOrderCommandType = 'dispatch-job';
 * ```
 * @category repair-order
 */
export type RepairOrderCommandType = RepairOrderCommand['type'];

/**
 * The command of one type, e.g. `RepairOrderCommandOf<'clock-on'>`.
 *
 * @example
 * ```ts
 * const clockOn: RepairOrderCommandOf<'clock-on'> = { type: 'clock-on', at, actor, jobId, technicianId };
 * ```
 * @category repair-order
 */
export type RepairOrderCommandOf<T extends RepairOrderCommandType> = Extract<
  RepairOrderCommand,
  { readonly type: T }
>;

/**
 * Parses a command at the boundary (an HTTP body, a queue message). Never
 * throws. Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseRepairOrderCommand({ type: 'close', at: '2026-03-05T10:00:00Z', actor: { id: 'emp_sa', roles: ['service-advisor'] } }).isOk(); // true
 * parseRepairOrderCommand({ type: 'teleport' }).isErr(); // true
 * ```
 * @category repair-order
 * @see §4.3(1)–(6)
 */
export function parseRepairOrderCommand(
  input: unknown,
): Result<RepairOrderCommand, ValidationError> {
  return parseWith(RepairOrderCommandSchema, input);
}
