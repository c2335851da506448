import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  type Instant,
  parseWith,
  startOfDealerDay,
  type TimeZone,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { daysAfter } from './calendar';
import { type SurveyChannel, SurveyChannelSchema } from './channels';
import { type CrmConfig, defaultCrmConfig } from './config';
import { type DeliveredRepairOrder, parseDeliveredRepairOrder } from './delivered-repair-order';
import {
  type SurveyChannelNotOfferedError,
  type SurveyNotPublishedError,
  surveyChannelNotOffered,
  surveyNotPublished,
} from './errors';
import { type CrmEvent, crmEvent } from './events';
import type { FollowUpTask } from './follow-up-schema';
import { FollowUpIdSchema, SurveyInvitationIdSchema } from './ids';
import type { SurveyInvitation } from './survey-response-schema';
import type { Survey } from './survey-schema';

/** The end of the dealer day `days` after the day of `at`: "within N days" includes day N. */
function endOfDayAfter(at: Instant, days: number, zone: TimeZone): Instant {
  return startOfDealerDay(daysAfter(toDealerDate(at, zone), days + 1), zone);
}

/**
 * What {@link followUpFromDelivery} returns: the new task (version 0) and
 * a `crm.follow-up-scheduled` event.
 *
 * @example
 * ```ts
 * const { task, events }: FollowUpScheduled = followUpFromDelivery(delivery, { id: 'fu_1' })._unsafeUnwrap();
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export interface FollowUpScheduled {
  readonly task: FollowUpTask;
  readonly events: readonly CrmEvent[];
}

const FollowUpOptionsSchema = z.object({
  id: FollowUpIdSchema,
  assigneeId: z.optional(z.nullable(EmployeeIdSchema)),
});

/**
 * Reaction to `repair-order.delivered`: every delivered repair order gets a
 * follow-up call task (回访, §2.2.5(2), §3.5(5)), due by the end of the
 * dealer day `config.followUp.dueWithinDays` days after delivery (default
 * 3: delivered on Monday, due by Thursday midnight, dealer time). Pure and
 * deterministic: the same delivery and id give the same task, so a host
 * that receives the event twice can detect the duplicate by repair-order id
 * (see {@link FollowUpRepository}).
 *
 * Errors: `validation_failed` (§2.2.5(2)) for a malformed delivery or id.
 *
 * @param delivery - the `repair-order.delivered` payload
 * @param options - the task's id (from the host's id generator), an optional assignee, the config
 * @example
 * ```ts
 * const { task } = followUpFromDelivery(delivery, { id: ids.next('fu') })._unsafeUnwrap();
 * task.dueBy; // '2026-03-05T16:00:00.000Z' for a delivery on 2026-03-02 (Asia/Shanghai)
 * ```
 * @category crm
 * @see §2.2.5(2)
 * @see §3.5(5)
 */
export function followUpFromDelivery(
  delivery: DeliveredRepairOrder,
  options: {
    readonly id: string;
    readonly assigneeId?: string | null;
    readonly config?: CrmConfig;
  },
): Result<FollowUpScheduled, ValidationError> {
  const config = options.config ?? defaultCrmConfig;
  return parseWith(FollowUpOptionsSchema, options, '§2.2.5(2)').andThen(({ id, assigneeId }) =>
    parseDeliveredRepairOrder(delivery).map((order): FollowUpScheduled => {
      const at = order.deliveredAt;
      const dueBy = endOfDayAfter(at, config.followUp.dueWithinDays, config.timeZone);
      const task: FollowUpTask = {
        id,
        version: 0,
        createdAt: at,
        updatedAt: at,
        repairOrderId: order.repairOrderId,
        customerId: order.customerId,
        vehicleId: order.vehicleId,
        advisorId: order.advisorId,
        deliveredAt: at,
        dueBy,
        status: 'open',
        assigneeId: assigneeId ?? null,
        attempts: [],
        outcome: null,
        completedAt: null,
        completedBy: null,
        complaintId: null,
      };
      const event = crmEvent('crm.follow-up-scheduled', 'follow-up', id, at, {
        followUpId: id,
        repairOrderId: order.repairOrderId,
        customerId: order.customerId,
        dueBy,
      });
      return { task, events: [event] };
    }),
  );
}

/**
 * What {@link surveyInvitationFromDelivery} returns: the invitation and a
 * `crm.survey-invited` event.
 *
 * @example
 * ```ts
 * const { invitation }: SurveyInvited = surveyInvitationFromDelivery(delivery, options)._unsafeUnwrap();
 * ```
 * @category crm
 * @see §3.5(5)
 */
export interface SurveyInvited {
  readonly invitation: SurveyInvitation;
  readonly events: readonly CrmEvent[];
}

/**
 * Reaction to `repair-order.delivered`: invites the customer to a
 * published satisfaction survey (§3.5(5), §7.2.1) on one of its channels,
 * valid until the end of the dealer day `config.survey.invitationValidDays`
 * after delivery (default 14).
 *
 * Errors: `validation_failed`; `survey_not_published` (§2.2.5(4): only a
 * questionnaire the CS supervisor published goes out);
 * `survey_channel_not_offered` (§7.2.1).
 *
 * @example
 * ```ts
 * surveyInvitationFromDelivery(delivery, { id: 'inv_1', survey, channel: 'online' })._unsafeUnwrap().invitation.expiresAt;
 * ```
 * @category crm
 * @see §3.5(5)
 * @see §7.2.1
 */
export function surveyInvitationFromDelivery(
  delivery: DeliveredRepairOrder,
  options: {
    readonly id: string;
    readonly survey: Survey;
    readonly channel: SurveyChannel;
    readonly config?: CrmConfig;
  },
): Result<SurveyInvited, ValidationError | SurveyNotPublishedError | SurveyChannelNotOfferedError> {
  const config = options.config ?? defaultCrmConfig;
  const { survey } = options;
  const parsedOptions = parseWith(
    z.object({ id: SurveyInvitationIdSchema, channel: SurveyChannelSchema }),
    options,
    '§7.2.1',
  );
  return parsedOptions.andThen(({ id, channel }) => {
    if (survey.status !== 'published') return err(surveyNotPublished(survey.id, survey.status));
    if (!survey.channels.includes(channel)) return err(surveyChannelNotOffered(survey.id, channel));
    return parseDeliveredRepairOrder(delivery).andThen((order) => {
      const at = order.deliveredAt;
      const expiresAt = endOfDayAfter(at, config.survey.invitationValidDays, config.timeZone);
      const invitation: SurveyInvitation = {
        id,
        version: 0,
        createdAt: at,
        updatedAt: at,
        surveyId: survey.id,
        repairOrderId: order.repairOrderId,
        customerId: order.customerId,
        vehicleId: order.vehicleId,
        channel,
        invitedAt: at,
        expiresAt,
      };
      const event = crmEvent('crm.survey-invited', 'survey-invitation', id, at, {
        invitationId: id,
        surveyId: survey.id,
        repairOrderId: order.repairOrderId,
        customerId: order.customerId,
        channel,
        expiresAt,
      });
      return ok({ invitation, events: [event] });
    });
  });
}
