import type { PartsGrade } from '../pricing/index';
import type { RepairCategory } from '../quality/index';
import type { Money } from '../shared/index';
import type { Job } from './job-schema';
import type { NextService } from './payment-schema';
import type { RepairOrder } from './schema';
import { isActiveJob } from './steps';
import type { DeferredRecommendation } from './work-schema';

/**
 * What the advisor explains at delivery (交车说明, §3.5(1)): the jobs done
 * with their operations, the parts replaced with their grade (REG-3), the
 * findings not repaired (deferred recommendations, X-3), whether keys and
 * documents were returned and the next service (§3.5(4)), and the total.
 *
 * @example
 * ```ts
 * const summary: DeliverySummary = summarizeDelivery(order);
 * summary.partsReplaced[0]?.grade; // 'oem'
 * ```
 * @category repair-order
 * @see §3.5(1)
 * @see §3.5(4)
 * @see REG-3
 */
export interface DeliverySummary {
  readonly repairOrderId: string;
  readonly jobsDone: readonly {
    readonly jobId: string;
    readonly title: string;
    readonly repairCategory: RepairCategory;
    readonly operations: readonly { readonly opCode: string; readonly description: string }[];
  }[];
  readonly partsReplaced: readonly {
    readonly partNumber: string;
    readonly description: string;
    readonly grade: PartsGrade;
    readonly quantity: string;
  }[];
  readonly recommendations: readonly DeferredRecommendation[];
  readonly keysReturned: boolean;
  readonly nextService: NextService | null;
  readonly total: Money | null;
}

function partsOf(job: Job): DeliverySummary['partsReplaced'] {
  return (job.completion?.work.parts ?? []).flatMap((part) => {
    const line = job.lines.find(
      (candidate) =>
        candidate.kind === 'part' &&
        candidate.approval === 'approved' &&
        candidate.partNumber === part.partNumber,
    );
    if (line === undefined || line.kind !== 'part') return [];
    const { partNumber, quantity } = part;
    return [{ partNumber, description: line.description, grade: line.grade, quantity }];
  });
}

/**
 * Builds the {@link DeliverySummary} of an order (§3.5(1)). Pure; works at
 * any status (before delivery it previews what will be explained).
 *
 * @param order - the order
 * @example
 * ```ts
 * const summary = summarizeDelivery(order);
 * summary.jobsDone.map((job) => job.title); // ['前刹车维修']
 * summary.recommendations.filter((r) => r.severity === 'red');
 * ```
 * @category repair-order
 * @see §3.5(1)
 * @see §3.5(4)
 * @see X-3
 */
export function summarizeDelivery(order: RepairOrder): DeliverySummary {
  const done = order.jobs.filter((job) => isActiveJob(job) && job.status === 'done');
  return {
    repairOrderId: order.id,
    jobsDone: done.map((job) => {
      const performed = new Set(job.completion?.work.opCodes ?? []);
      const operations = job.lines.flatMap((line) =>
        line.kind === 'labour' && line.approval === 'approved' && performed.has(line.opCode)
          ? [{ opCode: line.opCode, description: line.description }]
          : [],
      );
      return { jobId: job.id, title: job.title, repairCategory: job.repairCategory, operations };
    }),
    partsReplaced: done.flatMap(partsOf),
    recommendations: order.recommendations,
    keysReturned: order.custody?.returnedAt != null,
    nextService: order.delivery?.nextService ?? null,
    total: order.settlement?.statement.total ?? null,
  };
}
