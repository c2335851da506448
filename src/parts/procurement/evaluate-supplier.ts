import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { CalendarDateSchema, parseWith } from '../../shared/index';
import { defaultProcurementConfig } from './config';
import { checkContext, type ProcurementContext, permit } from './context';
import type { ProcurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import { SupplierEvaluationIdSchema } from './ids';
import { type ScorecardInput, scoreSupplier } from './score-supplier';
import type { Supplier, SupplierEvaluation } from './supplier-schema';

const TargetSchema = z
  .object({
    id: SupplierEvaluationIdSchema,
    period: z.object({ start: CalendarDateSchema, end: CalendarDateSchema }),
  })
  .check(
    z.refine((t) => t.period.start <= t.period.end, {
      path: ['period', 'end'],
      message: 'must not be before the start',
      params: { reason: 'period_reversed' },
    }),
  );

/**
 * What {@link evaluateSupplier} takes: the evaluation's id and period, and
 * the scorecard's data (the supplier's orders, receipts and reference prices).
 *
 * @example
 * ```ts
 * const input: EvaluateSupplierInput = { id: 'se_2026q1_faw', period: previousEvaluationPeriod(today), orders, receipts, referencePrices };
 * ```
 * @category parts
 * @see §6.1.2
 */
export interface EvaluateSupplierInput extends Omit<ScorecardInput, 'supplierId'> {
  readonly id: string;
}

/**
 * A recorded evaluation, the supplier with its new grade, and the event.
 *
 * @example
 * ```ts
 * const { evaluation, supplier, events }: SupplierEvaluationChange = evaluateSupplier(s, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 */
export interface SupplierEvaluationChange {
  readonly evaluation: SupplierEvaluation;
  readonly supplier: Supplier;
  readonly events: readonly ProcurementEvent[];
}

/**
 * Evaluates a supplier for a period (定期评估, §6.1.2) with
 * {@link scoreSupplier}, records the evaluation and gives the supplier its
 * grade. A supplier graded D is disqualified: it receives no new orders
 * until a later evaluation grades it higher. Needs `supplier.manage`.
 *
 * Errors: `validation_failed` (reason `period_reversed`), `forbidden`, and
 * those of {@link scoreSupplier}.
 *
 * @example
 * ```ts
 * const { supplier: graded } = evaluateSupplier(supplier, {
 *   id: 'se_2026q1_faw', period: previousEvaluationPeriod(today), orders, receipts, referencePrices,
 * }, { at, actor: supervisor })._unsafeUnwrap();
 * graded.grade; // 'B'
 * ```
 * @category parts
 * @see §6.1.2
 */
export function evaluateSupplier(
  supplier: Supplier,
  input: EvaluateSupplierInput,
  context: ProcurementContext,
): Result<SupplierEvaluationChange, ProcurementError> {
  const config = context.config ?? defaultProcurementConfig;
  return checkContext(context)
    .andThen((when) => permit(context, 'supplier.manage').map(() => when))
    .andThen((when) =>
      parseWith(TargetSchema, { id: input.id, period: input.period }, '§6.1.2').map((target) => ({
        ...when,
        target,
      })),
    )
    .andThen(({ at, actor, target }) =>
      scoreSupplier({ ...input, supplierId: supplier.id, period: target.period }, config).map(
        (card) => {
          const evaluation: SupplierEvaluation = {
            ...card,
            id: target.id,
            supplierId: supplier.id,
            periodStart: target.period.start,
            periodEnd: target.period.end,
            evaluatedBy: actor.id,
            evaluatedAt: at,
            version: 0,
            createdAt: at,
            updatedAt: at,
          };
          const graded: Supplier = {
            ...supplier,
            grade: card.grade,
            lastEvaluation: {
              evaluationId: evaluation.id,
              periodStart: evaluation.periodStart,
              periodEnd: evaluation.periodEnd,
              score: card.score,
            },
            updatedAt: at,
          };
          return {
            evaluation,
            supplier: graded,
            events: [
              procurementEvent('parts.supplier-evaluated', supplier.id, at, {
                supplierId: supplier.id,
                evaluationId: evaluation.id,
                periodStart: evaluation.periodStart,
                periodEnd: evaluation.periodEnd,
                score: card.score,
                grade: card.grade,
                actorId: actor.id,
              }),
            ],
          };
        },
      ),
    );
}
