import * as z from 'zod/mini';
import { CONTACT_CHANNELS } from '../shared/index';

/**
 * Where a customer or vehicle record came from (信息来源, §7.1.1): any
 * contact channel, a vehicle sale of this dealership, a referral, a
 * survey, or an import from another system.
 *
 * @example
 * ```ts
 * CUSTOMER_SOURCES.includes('vehicle-sale'); // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const CUSTOMER_SOURCES = [
  ...CONTACT_CHANNELS,
  'vehicle-sale',
  'referral',
  'survey',
  'import',
] as const;

/**
 * Schema of a {@link CustomerSource}.
 *
 * @example
 * ```ts
 * CustomerSourceSchema.safeParse('referral').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const CustomerSourceSchema = z.enum(CUSTOMER_SOURCES);

/**
 * The source channel of a customer or vehicle record.
 *
 * @example
 * ```ts
 * const source: CustomerSource = 'walk-in';
 * ```
 * @category crm
 * @see §7.1.1
 */
export type CustomerSource = z.infer<typeof CustomerSourceSchema>;

/**
 * How a satisfaction survey is run (调查方法, §7.2.1): a `paper`
 * questionnaire, an `online` survey, or a `phone` interview.
 *
 * @example
 * ```ts
 * SURVEY_CHANNELS; // ['paper', 'online', 'phone']
 * ```
 * @category crm
 * @see §7.2.1
 */
export const SURVEY_CHANNELS = ['paper', 'online', 'phone'] as const;

/**
 * Schema of a {@link SurveyChannel}.
 *
 * @example
 * ```ts
 * SurveyChannelSchema.safeParse('online').success; // true
 * ```
 * @category crm
 * @see §7.2.1
 */
export const SurveyChannelSchema = z.enum(SURVEY_CHANNELS);

/**
 * One survey channel.
 *
 * @example
 * ```ts
 * const channel: SurveyChannel = 'phone';
 * ```
 * @category crm
 * @see §7.2.1
 */
export type SurveyChannel = z.infer<typeof SurveyChannelSchema>;

/**
 * What a customer consents to be contacted for (§7.1.1, §7.1.3):
 * `service-contact` (reminders about their own car: service due,
 * inspection) and `marketing` (greetings with offers, promotions,
 * insurance sales).
 *
 * @example
 * ```ts
 * CONSENT_PURPOSES; // ['service-contact', 'marketing']
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 */
export const CONSENT_PURPOSES = ['service-contact', 'marketing'] as const;

/**
 * Schema of a {@link ConsentPurpose}.
 *
 * @example
 * ```ts
 * ConsentPurposeSchema.safeParse('marketing').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const ConsentPurposeSchema = z.enum(CONSENT_PURPOSES);

/**
 * One consent purpose.
 *
 * @example
 * ```ts
 * const purpose: ConsentPurpose = 'marketing';
 * ```
 * @category crm
 * @see §7.1.1
 */
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;
