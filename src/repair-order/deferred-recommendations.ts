import type { Instant } from '../shared/index';
import type { JobLine } from './job-schema';
import { lineCode } from './steps';
import type { DeferredRecommendation, MultipointItem } from './work-schema';

/**
 * Turns multipoint-inspection results (多项目检查) into deferred
 * recommendations: every yellow and red item becomes one, green items
 * none. Pure; the order keeps one recommendation per item code, so a
 * re-inspected item replaces its earlier recommendation.
 *
 * @param items - the inspection results
 * @param at - when they were recorded
 * @returns the recommendations, in item order
 * @example
 * ```ts
 * recommendationsFromMultipoint(
 *   [{ code: 'wiper', label: '雨刮片', result: 'yellow' }, { code: 'tyre-fl', label: '左前轮胎', result: 'green' }],
 *   at,
 * ); // one yellow recommendation for 'wiper'
 * ```
 * @category repair-order
 * @see X-3
 */
export function recommendationsFromMultipoint(
  items: readonly MultipointItem[],
  at: Instant,
): DeferredRecommendation[] {
  return items.flatMap((item) =>
    item.result === 'green'
      ? []
      : [
          {
            source: 'multipoint' as const,
            severity: item.result,
            description: item.label,
            code: item.code,
            lineId: null,
            recordedAt: at,
          },
        ],
  );
}

/**
 * Turns added work the customer declined into deferred recommendations,
 * carrying the supplementary estimate's urgency (§3.3(2), X-3).
 *
 * @param lines - the declined lines
 * @param severity - the estimate's urgency
 * @param at - when the customer decided
 * @example
 * ```ts
 * recommendationsFromDeclined(declinedLines, 'red', at)[0]?.source; // 'declined-work'
 * ```
 * @category repair-order
 * @see §3.3(2)
 * @see X-3
 */
export function recommendationsFromDeclined(
  lines: readonly JobLine[],
  severity: 'red' | 'yellow',
  at: Instant,
): DeferredRecommendation[] {
  return lines.map((line) => ({
    source: 'declined-work' as const,
    severity,
    description: line.description,
    code: lineCode(line),
    lineId: line.id,
    recordedAt: at,
  }));
}

/**
 * Records a new multipoint inspection: earlier recommendations of the items
 * just re-inspected are replaced (a now-green item drops its old one).
 * Internal.
 */
export function mergeMultipoint(
  existing: readonly DeferredRecommendation[],
  items: readonly MultipointItem[],
  at: Instant,
): DeferredRecommendation[] {
  const replaced = new Set<string | null>(items.map((item) => item.code));
  const added = recommendationsFromMultipoint(items, at);
  return [
    ...existing.filter((r) => !(r.source === 'multipoint' && replaced.has(r.code))),
    ...added,
  ];
}
