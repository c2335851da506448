import type { Locale } from '../shared/index';
import type { PromotionBlocker } from './check-promotion';

const PERIOD_NAMES = {
  monthly: { 'zh-CN': '月度', en: 'monthly' },
  quarterly: { 'zh-CN': '季度', en: 'quarterly' },
  annual: { 'zh-CN': '年度', en: 'annual' },
} as const;

/**
 * Explains one reason a promotion is not (yet) possible, in zh-CN or en,
 * naming codes and periods only.
 *
 * @example
 * ```ts
 * describePromotionBlocker({ code: 'certification_missing', certification: 'EV-HV' }, 'zh-CN');
 * // '晋升下一职级须持有有效的 EV-HV 资质（§8.3.4）'
 * ```
 * @category training
 * @see §8.3.4
 */
export function describePromotionBlocker(reason: PromotionBlocker, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (reason.code) {
    case 'top_of_ladder':
      return zh
        ? '已处于晋升通道的最高职级（§8.3.4）'
        : 'Already on the top rung of the ladder (§8.3.4)';
    case 'certification_missing':
      return zh
        ? `晋升下一职级须持有有效的 ${reason.certification} 资质（§8.3.4）`
        : `The next rung requires a valid ${reason.certification} certification (§8.3.4)`;
    case 'not_enough_ratings': {
      const period = PERIOD_NAMES[reason.periodKind][locale];
      const broken = reason.brokenAt.band === null ? null : reason.brokenAt.band;
      const why = zh
        ? broken === null
          ? `${reason.brokenAt.period} 没有考核结果`
          : `${reason.brokenAt.period} 评级为 ${broken}`
        : broken === null
          ? `${reason.brokenAt.period} has no assessment`
          : `${reason.brokenAt.period} was rated ${broken}`;
      return zh
        ? `须连续 ${reason.required} 个${period}考核评级达到 ${reason.minBand} 及以上，目前连续 ${reason.streak} 个（${why}）（§8.3.4）`
        : `Needs ${reason.required} consecutive ${period} ratings of ${reason.minBand} or better; has ${reason.streak} (${why}) (§8.3.4)`;
    }
  }
}
