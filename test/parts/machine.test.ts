import { describe, expect, it } from 'vitest';
import {
  classifyAbc,
  openStocktake,
  postStocktakeAdjustments,
  type Stocktake,
  type StocktakeCommand,
  stockLevel,
  stocktakeAdjustments,
  transitionStocktake,
} from '../../src/parts/index';
import {
  AT,
  advisor,
  catalogue,
  clerk,
  dayAt,
  filter,
  oil,
  pads,
  post,
  receipt,
  supervisor,
} from './fixtures';

const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

const ledger = post([
  receipt({ quantity: '10' }),
  receipt({ quantity: '2', locationId: 'wh-body-shop' }),
  receipt({ partId: pads.id, quantity: '4', unitCost: cny('260.00') }),
  receipt({ partId: oil.id, unit: 'litre', quantity: '20', unitCost: cny('45.50') }),
]);

function open(): Stocktake {
  return openStocktake({ id: 'st_1', kind: 'full', at: AT, actor: clerk }, ledger)._unsafeUnwrap()
    .state;
}

function apply(state: Stocktake, ...commands: StocktakeCommand[]): Stocktake {
  return commands.reduce(
    (current, command) => transitionStocktake(current, command)._unsafeUnwrap().state,
    state,
  );
}

const count = (partId: string, locationId: string, counted: string): StocktakeCommand => ({
  type: 'record-count',
  partId,
  locationId,
  counted,
  at: dayAt(1),
  actor: clerk,
});

function countAll(state: Stocktake, overrides: Record<string, string> = {}): Stocktake {
  return apply(
    state,
    ...state.lines.map((line) =>
      count(
        line.partId,
        line.locationId,
        overrides[`${line.partId}@${line.locationId}`] ?? line.expected,
      ),
    ),
  );
}

describe('stocktake', () => {
  it('§6.2.3 a full count freezes a snapshot of every part and location', () => {
    const result = openStocktake(
      { id: 'st_1', kind: 'full', at: AT, actor: clerk },
      ledger,
    )._unsafeUnwrap();
    expect(
      result.state.lines.map((l) => [l.partId, l.locationId, l.expected, l.unitCost.amount]),
    ).toEqual([
      [filter.id, 'wh-body-shop', '2', '38.00'],
      [filter.id, 'wh-main', '10', '38.00'],
      [oil.id, 'wh-main', '20', '45.50'],
      [pads.id, 'wh-main', '4', '260.00'],
    ]);
    expect(result.state).toMatchObject({
      status: 'counting',
      approvalThreshold: cny('500.00'),
      openedBy: clerk.id,
    });
    expect(result.events[0]).toMatchObject({
      type: 'parts.stocktake-opened',
      payload: { lineCount: 4 },
    });
  });

  it('§6.2.3 §6.2.4 a cycle count takes the parts of the chosen ABC classes', () => {
    const abc = classifyAbc([
      { partId: pads.id, usageValue: cny('9000.00') },
      { partId: oil.id, usageValue: cny('900.00') },
      { partId: filter.id, usageValue: cny('100.00') },
    ])._unsafeUnwrap();
    const state = openStocktake(
      { id: 'st_2', kind: 'cycle', abcClasses: ['A'], at: AT, actor: clerk },
      ledger,
      { classification: abc },
    )._unsafeUnwrap().state;
    expect(state.lines.map((l) => l.partId)).toEqual([pads.id]);
    const missing = openStocktake({ id: 'st_3', kind: 'cycle', at: AT, actor: clerk }, ledger);
    expect(missing._unsafeUnwrapErr().data).toMatchObject({
      issues: [{ reason: 'abc_classes_required' }],
    });
  });

  it('§6.2.3 variance in quantity and value against the frozen snapshot', () => {
    const counted = apply(
      open(),
      count(filter.id, 'wh-main', '9'),
      count(oil.id, 'wh-main', '20.5'),
    );
    const [, filterLine, oilLine] = counted.lines;
    expect(filterLine).toMatchObject({
      counted: '9',
      varianceQuantity: '-1',
      varianceValue: cny('-38.00'),
      needsApproval: false,
    });
    expect(oilLine).toMatchObject({ varianceQuantity: '0.5', varianceValue: cny('22.75') });
    // Counting again replaces the count.
    const recounted = apply(counted, count(filter.id, 'wh-main', '10'));
    expect(recounted.lines[1]?.varianceQuantity).toBe('0');
  });

  it('§6.2.3 posting without approval when every variance is within the threshold', () => {
    const submitted = apply(countAll(open(), { [`${filter.id}@wh-main`]: '8' }), {
      type: 'submit',
      at: dayAt(1),
      actor: clerk,
    });
    const posted = transitionStocktake(submitted, {
      type: 'post',
      at: dayAt(2),
      actor: clerk,
    })._unsafeUnwrap();
    expect(posted.state).toMatchObject({
      status: 'posted',
      postedBy: clerk.id,
      postedAt: dayAt(2),
    });
    expect(posted.events[0]).toMatchObject({
      type: 'parts.stocktake-posted',
      payload: { adjustmentLines: 1 },
    });
    const change = postStocktakeAdjustments(
      ledger,
      posted.state,
      { at: dayAt(2), actor: clerk },
      { catalogue },
    )._unsafeUnwrap();
    expect(stockLevel(change.ledger, filter.id, 'wh-main').onHand).toBe('8');
    expect(change.posted[0]).toMatchObject({
      type: 'adjustment',
      direction: 'decrease',
      quantity: '2',
      idempotencyKey: 'st_1:2',
      reference: { kind: 'stocktake', id: 'st_1' },
    });
    // Posting the adjustments again changes nothing.
    const again = postStocktakeAdjustments(
      change.ledger,
      posted.state,
      { at: dayAt(3), actor: clerk },
      { catalogue },
    );
    expect(again._unsafeUnwrap().ledger).toBe(change.ledger);
  });

  it('§6.2.3 a variance above the threshold needs the warehouse supervisor approval', () => {
    // Two brake pads missing: 520.00 > 500.00.
    const submitted = apply(countAll(open(), { [`${pads.id}@wh-main`]: '2' }), {
      type: 'submit',
      at: dayAt(1),
      actor: clerk,
    });
    expect(submitted.lines[3]?.needsApproval).toBe(true);
    expect(
      transitionStocktake(submitted, {
        type: 'post',
        at: dayAt(2),
        actor: clerk,
      })._unsafeUnwrapErr(),
    ).toEqual({
      code: 'stocktake_approval_required',
      clause: '§6.2.3',
      data: { linesOverThreshold: 1, threshold: cny('500.00') },
    });
    expect(
      transitionStocktake(submitted, {
        type: 'approve',
        at: dayAt(2),
        actor: clerk,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'forbidden',
      clause: '§6.2.3',
      data: { capability: 'stock-adjustment.approve' },
    });
    const approved = transitionStocktake(submitted, {
      type: 'approve',
      at: dayAt(2),
      actor: supervisor,
    })._unsafeUnwrap();
    expect(approved.state).toMatchObject({ status: 'approved', approvedBy: supervisor.id });
    expect(approved.events[0]?.type).toBe('parts.stocktake-approved');
    const posted = apply(approved.state, { type: 'post', at: dayAt(3), actor: clerk });
    const change = postStocktakeAdjustments(
      ledger,
      posted,
      { at: dayAt(3), actor: clerk },
      { catalogue },
    )._unsafeUnwrap();
    expect(stockLevel(change.ledger, pads.id).onHand).toBe('2');
  });

  it('§6.2.3 submitting needs every line counted; illegal steps are refused explicitly', () => {
    const partly = apply(open(), count(filter.id, 'wh-main', '10'));
    expect(
      transitionStocktake(partly, { type: 'submit', at: AT, actor: clerk })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'stocktake_incomplete',
      data: { uncountedLines: 3 },
    });
    expect(
      transitionStocktake(partly, {
        type: 'approve',
        at: AT,
        actor: supervisor,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { entity: 'stocktake', status: 'counting', command: 'approve' },
    });
    const cancelled = transitionStocktake(partly, {
      type: 'cancel',
      reason: 'wrong scope',
      at: AT,
      actor: clerk,
    })._unsafeUnwrap();
    expect(cancelled.state).toMatchObject({ status: 'cancelled', cancelReason: 'wrong scope' });
    expect(cancelled.events[0]?.payload).toEqual({ stocktakeId: 'st_1' });
    expect(
      transitionStocktake(cancelled.state, count(filter.id, 'wh-main', '1'))._unsafeUnwrapErr()
        .code,
    ).toBe('invalid_transition');
    expect(
      postStocktakeAdjustments(
        ledger,
        partly,
        { at: AT, actor: clerk },
        { catalogue },
      )._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'stocktake_not_posted',
      data: { status: 'counting' },
    });
  });

  it('§6.2.3 bad counts return typed errors', () => {
    const state = open();
    expect(
      transitionStocktake(state, count(filter.id, 'wh-main', '-1'))._unsafeUnwrapErr().data,
    ).toMatchObject({
      issues: [{ path: 'counted', reason: 'negative_count' }],
    });
    expect(
      transitionStocktake(state, count(filter.id, 'wh-main', '1.5'))._unsafeUnwrapErr().code,
    ).toBe('quantity_invalid_for_unit');
    expect(
      transitionStocktake(state, count(filter.id, 'wh-nowhere', '1'))._unsafeUnwrapErr().code,
    ).toBe('stocktake_line_unknown');
    expect(
      transitionStocktake(state, {
        ...count(filter.id, 'wh-main', '1'),
        actor: advisor,
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(
      transitionStocktake(state, {
        type: 'explode',
        at: AT,
        actor: clerk,
      } as never)._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
    expect(
      openStocktake({ id: 'st_9', kind: 'full', at: AT, actor: advisor }, ledger)._unsafeUnwrapErr()
        .code,
    ).toBe('forbidden');
  });

  it('§6.2.3 an empty scope cannot be counted; adjustments of an uncounted line are none', () => {
    expect(
      openStocktake(
        { id: 'st_9', kind: 'full', locationIds: ['wh-empty'], at: AT, actor: clerk },
        ledger,
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'stocktake_empty' });
    expect(stocktakeAdjustments(open(), { at: AT, actor: clerk })).toEqual([]);
  });
});
