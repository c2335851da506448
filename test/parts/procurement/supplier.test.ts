import { describe, expect, it } from 'vitest';
import {
  checkSupplierQualified,
  createPurchaseOrder,
  evaluationPeriodOf,
  isSupplierEvaluationDue,
  isSupplierQualified,
  parseSupplier,
  previousEvaluationPeriod,
  registerSupplier,
  reinstateSupplier,
  suspendSupplier,
} from '../../../src/parts/procurement/index';
import type { CalendarDate } from '../../../src/shared/index';
import { AT, catalogue, clerk, contract, orderInput, supervisor, supplier } from './fixtures';

const date = (text: string) => text as CalendarDate;

describe('suppliers', () => {
  it('§6.1.2 registering a supplier needs supplier.manage and starts active, ungraded', () => {
    const change = registerSupplier(
      { id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司' },
      { at: AT, actor: supervisor },
    )._unsafeUnwrap();
    expect(change.supplier).toMatchObject({ status: 'active', grade: null, version: 0 });
    expect(parseSupplier(change.supplier).isOk()).toBe(true);
    expect(change.events[0]?.type).toBe('parts.supplier-registered');
    const refused = registerSupplier(
      { id: 'sup_x', code: 'X', name: 'X' },
      { at: AT, actor: clerk },
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'forbidden', clause: '§6.1.2' });
  });

  it('§6.1.2 a suspended supplier receives no new purchase orders, with the clause', () => {
    const suspended = suspendSupplier(supplier(), '批次质量问题', {
      at: AT,
      actor: supervisor,
    })._unsafeUnwrap();
    expect(suspended.supplier).toMatchObject({
      status: 'suspended',
      suspendReason: '批次质量问题',
    });
    expect(JSON.stringify(suspended.events)).not.toContain('批次质量问题');
    const order = createPurchaseOrder(
      orderInput(),
      { supplier: suspended.supplier, contract: contract(), catalogue },
      { at: AT, actor: clerk },
    );
    expect(order._unsafeUnwrapErr()).toMatchObject({
      code: 'supplier_disqualified',
      clause: '§6.1.2',
      data: { supplierId: 'sup_faw', status: 'suspended' },
    });
    const again = suspendSupplier(suspended.supplier, 'x', { at: AT, actor: supervisor });
    expect(again._unsafeUnwrapErr().code).toBe('invalid_transition');
    const back = reinstateSupplier(suspended.supplier, {
      at: AT,
      actor: supervisor,
    })._unsafeUnwrap();
    expect(isSupplierQualified(back.supplier)).toBe(true);
  });

  it('§6.1.2 a supplier graded D is disqualified even when active', () => {
    expect(isSupplierQualified(supplier({ grade: 'C' }))).toBe(true);
    expect(isSupplierQualified(supplier({ grade: 'D' }))).toBe(false);
    expect(checkSupplierQualified(supplier({ grade: 'D' }))._unsafeUnwrapErr()).toMatchObject({
      code: 'supplier_disqualified',
      clause: '§6.1.2',
      data: { grade: 'D' },
    });
    const order = createPurchaseOrder(
      orderInput(),
      { supplier: supplier({ grade: 'D' }), contract: contract(), catalogue },
      { at: AT, actor: clerk },
    );
    expect(order._unsafeUnwrapErr().code).toBe('supplier_disqualified');
  });

  it('§6.1.2 evaluation periods are calendar quarters by default and evaluation falls due each period', () => {
    expect(evaluationPeriodOf(date('2026-05-20'))).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(evaluationPeriodOf(date('2026-12-31'))).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(previousEvaluationPeriod(date('2026-01-15'))).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(isSupplierEvaluationDue(supplier(), date('2026-04-02'))).toBe(true);
    const evaluated = supplier({
      lastEvaluation: {
        evaluationId: 'se_q1' as never,
        periodStart: date('2026-01-01'),
        periodEnd: date('2026-03-31'),
        score: '0.9',
      },
    });
    expect(isSupplierEvaluationDue(evaluated, date('2026-06-30'))).toBe(false);
    expect(isSupplierEvaluationDue(evaluated, date('2026-07-01'))).toBe(true);
  });
});
