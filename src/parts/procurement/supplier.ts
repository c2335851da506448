import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { DomainError } from '../../shared/index';
import { parseWith } from '../../shared/index';
import { SupplierIdSchema } from '../ids';
import { checkContext, type ProcurementContext, permit } from './context';
import { type ProcurementError, type ProcurementErrorData, procurementError } from './errors';
import { type ProcurementEvent, procurementEvent } from './events';
import type { Supplier } from './supplier-schema';

/**
 * A supplier after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { supplier, events }: SupplierChange = registerSupplier(input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 */
export interface SupplierChange {
  readonly supplier: Supplier;
  readonly events: readonly ProcurementEvent[];
}

/**
 * Schema of a {@link RegisterSupplierInput}.
 *
 * @example
 * ```ts
 * RegisterSupplierInputSchema.safeParse({ id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司' }).success; // true
 * ```
 * @category parts
 * @see §6.1.2
 */
export const RegisterSupplierInputSchema = z.object({
  id: SupplierIdSchema,
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
});

/**
 * What {@link registerSupplier} takes: the new supplier's id (from the
 * host's `IdGenerator`), its code and the company's name.
 *
 * @example
 * ```ts
 * const input: RegisterSupplierInput = { id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司' };
 * ```
 * @category parts
 * @see §6.1.2
 */
export type RegisterSupplierInput = z.input<typeof RegisterSupplierInputSchema>;

/**
 * Registers a supplier (选择供应商): active, not yet graded. Needs
 * `supplier.manage`.
 *
 * Errors: `validation_failed`, `forbidden`.
 *
 * @example
 * ```ts
 * const { supplier } = registerSupplier(
 *   { id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司' }, { at, actor: supervisor },
 * )._unsafeUnwrap();
 * supplier.status; // 'active'
 * ```
 * @category parts
 * @see §6.1.2
 */
export function registerSupplier(
  input: RegisterSupplierInput,
  context: ProcurementContext,
): Result<SupplierChange, ProcurementError> {
  return checkContext(context)
    .andThen(({ at, actor }) =>
      permit(context, 'supplier.manage').andThen(() =>
        parseWith(RegisterSupplierInputSchema, input, '§6.1.2').map((parsed) => ({
          parsed,
          at,
          actor,
        })),
      ),
    )
    .map(({ parsed, at, actor }) => ({
      supplier: {
        ...parsed,
        status: 'active' as const,
        grade: null,
        lastEvaluation: null,
        suspendReason: null,
        version: 0,
        createdAt: at,
        updatedAt: at,
      },
      events: [
        procurementEvent('parts.supplier-registered', parsed.id, at, {
          supplierId: parsed.id,
          actorId: actor.id,
        }),
      ],
    }));
}

const ReasonSchema = z.string().check(z.minLength(1), z.maxLength(500));

/**
 * Suspends a supplier (暂停供货资格), e.g. after a quality incident: it
 * receives no new orders until reinstated. The reason stays on the supplier,
 * not in the event. Needs `supplier.manage`.
 *
 * Errors: `validation_failed`, `forbidden`, `invalid_transition` (already suspended).
 *
 * @example
 * ```ts
 * suspendSupplier(supplier, '批次质量问题', { at, actor: supervisor })._unsafeUnwrap().supplier.status; // 'suspended'
 * ```
 * @category parts
 * @see §6.1.2
 */
export function suspendSupplier(
  supplier: Supplier,
  reason: string,
  context: ProcurementContext,
): Result<SupplierChange, ProcurementError> {
  return changeStatus(supplier, 'suspend', context).andThen(({ at, actorId }) =>
    parseWith(ReasonSchema, reason, '§6.1.2').map((suspendReason) => ({
      supplier: { ...supplier, status: 'suspended' as const, suspendReason, updatedAt: at },
      events: [
        procurementEvent('parts.supplier-suspended', supplier.id, at, {
          supplierId: supplier.id,
          actorId,
        }),
      ],
    })),
  );
}

/**
 * Lifts a suspension. A supplier graded D stays disqualified until a new
 * evaluation grades it higher. Needs `supplier.manage`.
 *
 * Errors: `validation_failed`, `forbidden`, `invalid_transition` (not suspended).
 *
 * @example
 * ```ts
 * reinstateSupplier(suspended, { at, actor: supervisor })._unsafeUnwrap().supplier.status; // 'active'
 * ```
 * @category parts
 * @see §6.1.2
 */
export function reinstateSupplier(
  supplier: Supplier,
  context: ProcurementContext,
): Result<SupplierChange, ProcurementError> {
  return changeStatus(supplier, 'reinstate', context).map(({ at, actorId }) => ({
    supplier: { ...supplier, status: 'active' as const, suspendReason: null, updatedAt: at },
    events: [
      procurementEvent('parts.supplier-reinstated', supplier.id, at, {
        supplierId: supplier.id,
        actorId,
      }),
    ],
  }));
}

function changeStatus(
  supplier: Supplier,
  command: 'suspend' | 'reinstate',
  context: ProcurementContext,
): Result<{ at: Supplier['updatedAt']; actorId: string }, ProcurementError> {
  return checkContext(context).andThen(({ at, actor }) =>
    permit(context, 'supplier.manage').andThen(() => {
      const from = command === 'suspend' ? 'active' : 'suspended';
      if (supplier.status !== from) {
        return err(
          procurementError(
            'invalid_transition',
            { entity: 'supplier', status: supplier.status, command },
            '§6.1.2',
          ),
        );
      }
      return ok({ at, actorId: actor.id });
    }),
  );
}

/**
 * Whether a supplier may receive new purchase orders: not suspended and not
 * graded D.
 *
 * @example
 * ```ts
 * isSupplierQualified({ ...supplier, grade: 'D' }); // false
 * ```
 * @category parts
 * @see §6.1.2
 */
export function isSupplierQualified(supplier: Pick<Supplier, 'status' | 'grade'>): boolean {
  return supplier.status === 'active' && supplier.grade !== 'D';
}

/**
 * The supplier, or `supplier_disqualified` (§6.1.2) when it is suspended or
 * graded D: such a supplier receives no new purchase orders.
 *
 * Errors: `supplier_disqualified`.
 *
 * @example
 * ```ts
 * checkSupplierQualified(suspended).isErr(); // true
 * ```
 * @category parts
 * @see §6.1.2
 */
export function checkSupplierQualified(
  supplier: Supplier,
): Result<
  Supplier,
  DomainError<'supplier_disqualified', ProcurementErrorData['supplier_disqualified']>
> {
  return isSupplierQualified(supplier)
    ? ok(supplier)
    : err(
        procurementError('supplier_disqualified', {
          supplierId: supplier.id,
          status: supplier.status,
          grade: supplier.grade,
        }),
      );
}
