import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  type ForbiddenError,
  isPositiveMoney,
  MoneySchema,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { checkContext, permit, type SafetyCreateContext } from './context';
import { type SafetyEvent, safetyEvent } from './events';
import { type SafetyRecordAmountInvalidError, safetyRecordAmountInvalid } from './handling-errors';
import { SafetyRecordIdSchema } from './ids';
import { boundedText, MAX_TEXT } from './text';

/**
 * Forms a reward or penalty takes (§9.1.3): a commendation (通报表扬) or a
 * bonus (奖金); a warning (警告), a public criticism (通报批评) or a fine
 * (罚款). Bonuses and fines carry an amount; the others carry none.
 *
 * @example
 * ```ts
 * SAFETY_RECORD_FORMS.reward; // ['commendation', 'bonus']
 * ```
 * @category safety
 * @see §9.1.3
 */
export const SAFETY_RECORD_FORMS = {
  reward: ['commendation', 'bonus'],
  penalty: ['warning', 'criticism', 'fine'],
} as const;

const MONETARY_FORMS: readonly string[] = ['bonus', 'fine'];

const recordShape = {
  kind: z.enum(['reward', 'penalty']),
  form: z.enum(['commendation', 'bonus', 'warning', 'criticism', 'fine']),
  /** An employee, a team (班组) or a department (集体, §9.1.3). */
  recipientType: z.enum(['employee', 'team', 'department']),
  recipientId: z.string().check(z.minLength(1), z.maxLength(128)),
  /** The incident or inspection the decision rests on. */
  linkType: z.enum(['incident', 'inspection']),
  linkId: z.string().check(z.minLength(1), z.maxLength(128)),
  /** A decimal-string amount for bonuses and fines; `null` otherwise. */
  amount: z.nullable(MoneySchema),
  reason: boundedText(MAX_TEXT),
};

const formRule = z.refine<{ kind: 'reward' | 'penalty'; form: string; amount: unknown }>(
  (r) =>
    (SAFETY_RECORD_FORMS[r.kind] as readonly string[]).includes(r.form) &&
    MONETARY_FORMS.includes(r.form) === (r.amount !== null),
  {
    message: 'the form must belong to the kind; bonuses and fines have an amount, the others none',
    path: ['form'],
    params: { reason: 'form_mismatch' },
  },
);

/**
 * Schema of a reward or penalty record (奖惩记录, §9.1.3): kind and form,
 * the recipient (employee, team or department), the incident or inspection
 * it is linked to, the amount (money as a decimal string, or `null`), the
 * reason, the dealer date of the decision and who decided.
 *
 * @example
 * ```ts
 * parseSafetyRecord(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.1.3
 */
export const SafetyRecordSchema = z
  .object({
    ...entityBaseShape,
    id: SafetyRecordIdSchema,
    ...recordShape,
    decidedOn: CalendarDateSchema,
    decidedBy: EmployeeIdSchema,
  })
  .check(formRule);

/**
 * A reward or penalty record.
 *
 * @example
 * ```ts
 * const fines = records.filter((r: SafetyRecord) => r.form === 'fine');
 * ```
 * @category safety
 * @see §9.1.3
 */
export type SafetyRecord = z.infer<typeof SafetyRecordSchema>;

/**
 * Schema of what registers a reward or penalty.
 *
 * @example
 * ```ts
 * SafetyRecordInputSchema.safeParse({ kind: 'reward', form: 'bonus', recipientType: 'employee', recipientId: 'emp_t', linkType: 'incident', linkId: 'inc_1', amount: { amount: '500.00', currency: 'CNY' }, reason: '及时发现并处置火情' }).success; // true
 * ```
 * @category safety
 * @see §9.1.3
 */
export const SafetyRecordInputSchema = z.strictObject(recordShape).check(formRule);

/**
 * Input that registers a reward or penalty (before parsing).
 *
 * @example
 * ```ts
 * const input: SafetyRecordInput = { kind: 'penalty', form: 'warning', recipientType: 'team', recipientId: 'team_m1', linkType: 'inspection', linkId: 'sin_3', amount: null, reason: '未佩戴防护用品' };
 * ```
 * @category safety
 * @see §9.1.3
 */
export type SafetyRecordInput = z.input<typeof SafetyRecordInputSchema>;

/**
 * A registered reward or penalty and its event.
 *
 * @example
 * ```ts
 * const { record, events }: SafetyRecordRegistered = registerSafetyRecord(input, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.1.3
 */
export interface SafetyRecordRegistered {
  readonly record: SafetyRecord;
  readonly events: readonly SafetyEvent[];
}

/**
 * Registers a reward or a penalty (安全奖惩, §9.1.3) linked to the incident
 * or inspection it rests on. The capability follows the link: an
 * incident-based decision needs `incident.manage`, an inspection-based one
 * `safety-inspection.record`. A bonus or fine must be a positive amount in
 * the configured currency.
 *
 * @example
 * ```ts
 * registerSafetyRecord(
 *   { kind: 'penalty', form: 'fine', recipientType: 'employee', recipientId: 'emp_t',
 *     linkType: 'inspection', linkId: 'sin_1', amount: { amount: '200.00', currency: 'CNY' }, reason: '违规使用举升机' },
 *   { id: ids.next('srd'), at, actor: safetyOfficer },
 * );
 * ```
 * @returns the record and its event, or `validation_failed` (reason
 * `form_mismatch`), `forbidden`, `safety_record_amount_invalid`
 * @category safety
 * @see §9.1.3
 */
export function registerSafetyRecord(
  input: SafetyRecordInput,
  context: SafetyCreateContext,
): Result<
  SafetyRecordRegistered,
  ValidationError | ForbiddenError | SafetyRecordAmountInvalidError
> {
  return checkContext(context).andThen((checked) =>
    parseWith(SafetyRecordIdSchema, context.id).andThen((id) =>
      parseWith(SafetyRecordInputSchema, input, '§9.1.3')
        .andThen((parsed) => {
          const capability =
            parsed.linkType === 'incident' ? 'incident.manage' : 'safety-inspection.record';
          return permit(checked, capability).map(() => parsed);
        })
        .andThen((parsed) => {
          const { amount } = parsed;
          if (amount !== null && amount.currency !== checked.config.currency) {
            return err(safetyRecordAmountInvalid(id, 'currency'));
          }
          if (amount !== null && !isPositiveMoney(amount)) {
            return err(safetyRecordAmountInvalid(id, 'not_positive'));
          }
          const { at, actor } = checked;
          const record: SafetyRecord = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            ...parsed,
            decidedOn: toDealerDate(at, checked.config.timeZone),
            decidedBy: actor.id,
          };
          const event = safetyEvent('safety.record-registered', 'safety-record', id, at, {
            recordId: id,
            kind: record.kind,
            recipientType: record.recipientType,
            recipientId: record.recipientId,
            linkType: record.linkType,
            linkId: record.linkId,
            amount: record.amount,
            actorId: actor.id,
          });
          return ok({ record, events: [event] });
        }),
    ),
  );
}
