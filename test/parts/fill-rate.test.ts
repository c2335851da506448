import { describe, expect, it } from 'vitest';
import { computeFillRate, emptyLedger, recordLostSale } from '../../src/parts/index';
import { catalogue, clerk, dayAt, issue, post, receipt } from './fixtures';

describe('computeFillRate', () => {
  it('§2.2.4(3) X-4 lines served from stock at first request ÷ lines requested; lost sales count against', () => {
    let ledger = post([
      receipt({ quantity: '10', at: dayAt(0) }),
      issue({ at: dayAt(1) }),
      issue({ at: dayAt(2) }),
      issue({ type: 'counter-sale', at: dayAt(3), reference: { kind: 'sales-order', id: 'so_1' } }),
      // Served later from a purchase: its line was already counted as a lost sale.
      issue({ at: dayAt(6), fromBackorder: true }),
      issue({ at: dayAt(40) }),
    ]);
    ledger = recordLostSale(
      ledger,
      {
        idempotencyKey: 'lost_1',
        partId: 'part_filter',
        unit: 'piece',
        quantity: '1',
        at: dayAt(4),
        actor: clerk,
      },
      { catalogue },
    )._unsafeUnwrap().ledger;
    expect(computeFillRate(ledger, { from: dayAt(0), to: dayAt(30) })).toEqual({
      linesRequested: 4,
      linesServedFromStock: 3,
      rate: 0.75,
    });
  });

  it('§2.2.4(3) nothing requested gives no rate', () => {
    expect(computeFillRate(emptyLedger(), { from: dayAt(0), to: dayAt(1) })).toEqual({
      linesRequested: 0,
      linesServedFromStock: 0,
      rate: null,
    });
  });
});
