import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPartsConfig,
  emptyLedger,
  type MovementInput,
  postMovements,
  reorderPoint,
  type StockLedger,
  stockLevel,
  suggestOrderQuantity,
} from '../../src/parts/index';
import { AT, catalogue, clerk, filter, oil } from './fixtures';

const LOCATIONS = ['wh-main', 'wh-body-shop'] as const;
const negativeAllowed = { ...defaultPartsConfig, allowNegativeStock: true };

interface Move {
  readonly type:
    | 'receipt'
    | 'issue'
    | 'return'
    | 'counter-sale'
    | 'scrap'
    | 'increase'
    | 'decrease'
    | 'transfer';
  readonly litres: boolean;
  readonly from: 0 | 1;
  readonly tenths: number;
}

const moveArb: fc.Arbitrary<Move> = fc.record({
  type: fc.constantFrom(
    'receipt',
    'issue',
    'return',
    'counter-sale',
    'scrap',
    'increase',
    'decrease',
    'transfer',
  ),
  litres: fc.boolean(),
  from: fc.constantFrom(0 as const, 1 as const),
  tenths: fc.integer({ min: 1, max: 200 }),
});

/** The movement input of a generated move, keyed by its index. */
function toInput(move: Move, index: number): MovementInput {
  const part = move.litres ? oil : filter;
  // Pieces are whole; litres may be tenths.
  const quantity = move.litres
    ? (move.tenths / 10).toString()
    : String(Math.ceil(move.tenths / 10));
  const base = {
    idempotencyKey: `mv_${index}`,
    partId: part.id,
    locationId: LOCATIONS[move.from],
    unit: part.unit,
    quantity,
    reference: { kind: 'manual' as const, id: `doc_${index}` },
    at: AT,
    actor: clerk,
  };
  switch (move.type) {
    case 'receipt':
      return { ...base, type: 'receipt', unitCost: { amount: '10.00', currency: 'CNY' } };
    case 'increase':
    case 'decrease':
      return { ...base, type: 'adjustment', direction: move.type, reason: 'count' };
    case 'transfer':
      return { ...base, type: 'transfer', toLocationId: LOCATIONS[1 - move.from] as string };
    case 'scrap':
      return { ...base, type: 'scrap', reason: 'damaged' };
    default:
      return { ...base, type: move.type };
  }
}

/** Expected on-hand per `part@location` in tenths, from the movements alone. */
function signedSums(inputs: readonly MovementInput[]): Map<string, number> {
  const sums = new Map<string, number>();
  const add = (partId: string, location: string, tenths: number) => {
    const key = `${partId}@${location}`;
    sums.set(key, (sums.get(key) ?? 0) + tenths);
  };
  for (const input of inputs) {
    const tenths = Math.round(Number(input.quantity) * 10);
    const inbound =
      input.type === 'receipt' ||
      input.type === 'return' ||
      (input.type === 'adjustment' && input.direction === 'increase');
    add(input.partId, input.locationId, inbound ? tenths : -tenths);
    if (input.type === 'transfer') add(input.partId, input.toLocationId, tenths);
  }
  return sums;
}

function onHandTenths(ledger: StockLedger): Map<string, number> {
  const result = new Map<string, number>();
  for (const position of Object.values(ledger.positions)) {
    for (const [location, quantity] of Object.entries(position.onHand)) {
      result.set(`${position.partId}@${location}`, Math.round(Number(quantity) * 10));
    }
  }
  return result;
}

function withoutZeros(map: Map<string, number>): Map<string, number> {
  return new Map([...map].filter(([, value]) => value !== 0));
}

describe('stock ledger properties', () => {
  it('§6.2.2 on-hand always equals the sum of the movements posted', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 40 }), (moves) => {
        const inputs = moves.map(toInput);
        const ledger = postMovements(emptyLedger(), inputs, {
          catalogue,
          config: negativeAllowed,
        })._unsafeUnwrap().ledger;
        expect(withoutZeros(onHandTenths(ledger))).toEqual(withoutZeros(signedSums(inputs)));
      }),
    );
  });

  it('§6.2.2 without negative stock, every accepted posting keeps on-hand ≥ 0 and equal to its movements', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 40 }), (moves) => {
        let ledger = emptyLedger();
        const accepted: MovementInput[] = [];
        for (const [index, move] of moves.entries()) {
          const input = toInput(move, index);
          const result = postMovements(ledger, [input], { catalogue });
          if (result.isErr()) {
            expect(result.error.code).toBe('insufficient_stock');
            continue;
          }
          ledger = result.value.ledger;
          accepted.push(input);
        }
        for (const value of onHandTenths(ledger).values()) expect(value).toBeGreaterThanOrEqual(0);
        expect(withoutZeros(onHandTenths(ledger))).toEqual(withoutZeros(signedSums(accepted)));
      }),
    );
  });

  it('§6.2.2 replaying the same movements in another order gives the same on-hand', () => {
    fc.assert(
      fc.property(
        fc
          .array(moveArb, { maxLength: 30 })
          .chain((moves) =>
            fc.tuple(
              fc.constant(moves.map(toInput)),
              fc.shuffledSubarray(moves.map(toInput), { minLength: moves.length }),
            ),
          ),
        ([inOrder, shuffled]) => {
          const context = { catalogue, config: negativeAllowed };
          const a = postMovements(emptyLedger(), inOrder, context)._unsafeUnwrap().ledger;
          const b = postMovements(emptyLedger(), shuffled, context)._unsafeUnwrap().ledger;
          expect(withoutZeros(onHandTenths(b))).toEqual(withoutZeros(onHandTenths(a)));
          expect(Object.keys(b.movementKeys).sort()).toEqual(Object.keys(a.movementKeys).sort());
        },
      ),
    );
  });

  it('§6.2.2 duplicate postings are ignored', () => {
    fc.assert(
      fc.property(
        fc.array(moveArb, { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (moves, repeats) => {
          const inputs = moves.map(toInput);
          const context = { catalogue, config: negativeAllowed };
          const once = postMovements(emptyLedger(), inputs, context)._unsafeUnwrap();
          const duplicates = repeats.map((n) => inputs[n % inputs.length] as MovementInput);
          const withDuplicates = postMovements(
            emptyLedger(),
            [...inputs, ...duplicates],
            context,
          )._unsafeUnwrap();
          expect(withDuplicates.ledger).toEqual(once.ledger);
          const reposted = postMovements(once.ledger, duplicates, context)._unsafeUnwrap();
          expect(reposted.ledger).toBe(once.ledger);
          expect(reposted.events).toEqual([]);
          expect(stockLevel(reposted.ledger, filter.id)).toEqual(
            stockLevel(once.ledger, filter.id),
          );
        },
      ),
    );
  });
});

describe('reorder point properties', () => {
  const amount = fc.double({ min: 0, max: 1000, noNaN: true });
  const level = fc.double({ min: 0.5, max: 0.9999, noNaN: true });

  it('§6.2.2 the reorder point never decreases when lead time, σ or service level grows', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.double({ min: 0, max: 365, noNaN: true }),
        level,
        amount,
        amount,
        (mean, sigma, lead, service, grow, growSigma) => {
          const at = (l: number, s: number, z: number) =>
            reorderPoint({
              meanDailyDemand: mean,
              sigmaDailyDemand: s,
              leadTimeDays: l,
              serviceLevel: z,
            })._unsafeUnwrap();
          const base = at(lead, sigma, service);
          expect(at(Math.min(lead + grow, 365), sigma, service)).toBeGreaterThanOrEqual(base);
          expect(at(lead, sigma + growSigma, service)).toBeGreaterThanOrEqual(base);
          expect(at(lead, sigma, Math.min(service + grow / 1000, 0.9999))).toBeGreaterThanOrEqual(
            base,
          );
        },
      ),
    );
  });

  it('§6.1.1 a suggested quantity is a multiple of the order multiple, at least the MOQ, and reaches the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        (position, target, multiple, moq) => {
          const quantity = suggestOrderQuantity({
            position,
            reorderPoint: 60,
            target,
            orderMultiple: multiple,
            minimumOrderQuantity: moq,
          });
          expect(quantity % multiple).toBe(0);
          expect(quantity).toBeGreaterThanOrEqual(moq);
          expect(position + quantity).toBeGreaterThanOrEqual(target);
        },
      ),
    );
  });
});
