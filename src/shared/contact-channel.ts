import * as z from 'zod/mini';

/**
 * The ways a customer reaches the dealer (联系渠道), one list shared by
 * appointments, complaints and follow-up calls: the service hotline
 * (`phone`), the website or online customer service (`online`), the WeChat
 * official account (`wechat`), the brand's app (`app`), and in person (`walk-in`).
 *
 * @example
 * ```ts
 * CONTACT_CHANNELS.includes('wechat'); // true
 * ```
 * @category shared
 * @see §1.2(2)
 * @see §3.1
 * @see §7.3.1
 */
export const CONTACT_CHANNELS = Object.freeze([
  'phone',
  'online',
  'wechat',
  'app',
  'walk-in',
] as const);

/**
 * Schema of a {@link ContactChannel}.
 *
 * @example
 * ```ts
 * ContactChannelSchema.safeParse('fax').success; // false
 * ```
 * @category shared
 * @see §1.2(2)
 */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS);

/**
 * One of the {@link CONTACT_CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: ContactChannel = 'phone';
 * ```
 * @category shared
 * @see §1.2(2)
 */
export type ContactChannel = z.infer<typeof ContactChannelSchema>;
