import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { SurveyChannelSchema } from './channels';
import {
  CustomerIdSchema,
  RepairOrderRefSchema,
  SurveyIdSchema,
  SurveyInvitationIdSchema,
  SurveyResponseIdSchema,
  VehicleIdSchema,
} from './ids';
import { QUESTION_KEY } from './survey-schema';
import { boundedText, MAX_FREE_TEXT } from './text';

/**
 * Schema of one answer: the question's key and a value — an integer for
 * `scale` and `nps` questions, text for `text` questions.
 *
 * @example
 * ```ts
 * SurveyAnswerSchema.safeParse({ questionId: 'q1', value: 4 }).success; // true
 * ```
 * @category crm
 * @see §7.2.2
 */
export const SurveyAnswerSchema = z.strictObject({
  questionId: z.string().check(z.maxLength(40), z.regex(QUESTION_KEY)),
  value: z.union([z.int().check(z.gte(0), z.lte(10)), boundedText(MAX_FREE_TEXT)]),
});

/**
 * One answer.
 *
 * @example
 * ```ts
 * const answer: SurveyAnswer = { questionId: 'nps', value: 9 };
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/**
 * Schema of a customer's response (答卷): which survey, customer, repair
 * order and invitation, through which channel, when, who keyed it in
 * (`null` when the customer answered online) and the answers.
 *
 * @example
 * ```ts
 * parseWith(SurveyResponseSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.2.1
 * @see §7.2.3
 */
export const SurveyResponseSchema = z.object({
  ...entityBaseShape,
  id: SurveyResponseIdSchema,
  surveyId: SurveyIdSchema,
  customerId: CustomerIdSchema,
  repairOrderId: z.nullable(RepairOrderRefSchema),
  invitationId: z.nullable(SurveyInvitationIdSchema),
  channel: SurveyChannelSchema,
  respondedAt: InstantSchema,
  recordedBy: z.nullable(EmployeeIdSchema),
  answers: z.array(SurveyAnswerSchema).check(z.maxLength(100)),
});

/**
 * A survey response.
 *
 * @example
 * ```ts
 * const response: SurveyResponse = recordSurveyResponse(survey, input, context)._unsafeUnwrap().response;
 * ```
 * @category crm
 * @see §7.2.3
 */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/**
 * Schema of a survey invitation sent after a delivery (§3.5(5)): which
 * survey, order, customer and vehicle, the channel, and its validity.
 *
 * @example
 * ```ts
 * parseWith(SurveyInvitationSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §3.5(5)
 * @see §7.2.1
 */
export const SurveyInvitationSchema = z.object({
  ...entityBaseShape,
  id: SurveyInvitationIdSchema,
  surveyId: SurveyIdSchema,
  repairOrderId: RepairOrderRefSchema,
  customerId: CustomerIdSchema,
  vehicleId: VehicleIdSchema,
  channel: SurveyChannelSchema,
  invitedAt: InstantSchema,
  expiresAt: InstantSchema,
});

/**
 * A survey invitation.
 *
 * @example
 * ```ts
 * const invitation: SurveyInvitation = surveyInvitationFromDelivery(delivery, options)._unsafeUnwrap().invitation;
 * ```
 * @category crm
 * @see §3.5(5)
 */
export type SurveyInvitation = z.infer<typeof SurveyInvitationSchema>;
