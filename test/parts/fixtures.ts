import type { Actor, Capability, Role } from '../../src/org/index';
import { parseActor } from '../../src/org/index';
import {
  buildCatalogue,
  type Catalogue,
  emptyLedger,
  type MovementInput,
  type Part,
  type PartsConfig,
  parsePart,
  postMovements,
  type StockLedger,
} from '../../src/parts/index';
import type { Instant } from '../../src/shared/index';

export const AT = '2026-03-02T02:00:00.000Z' as Instant;

/** An instant `days` days after {@link AT}. */
export function dayAt(days: number, hour = 2): Instant {
  return new Date(Date.UTC(2026, 2, 2 + days, hour)).toISOString() as Instant;
}

export function actor(id: string, roles: readonly Role[], grants?: readonly Capability[]): Actor {
  return parseActor(grants === undefined ? { id, roles } : { id, roles, grants })._unsafeUnwrap();
}

export const clerk = actor('emp_clerk', ['parts-clerk']);
export const supervisor = actor('emp_whs', ['warehouse-supervisor']);
export const advisor = actor('emp_sa', ['service-advisor']);
export const technician = actor('emp_tech', ['technician']);

/** A raw part record (unparsed) with sensible defaults. */
export function rawPart(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'part_filter',
    partNumber: '90915-YZZE1',
    name: '机油滤清器',
    grade: 'oem',
    unit: 'piece',
    category: 'filters',
    binLocation: 'A-01-03',
    movingAverageCost: { amount: '38.00', currency: 'CNY' },
    supersededBy: null,
    replenishment: { supplierId: 'sup_faw', leadTimeDays: 3 },
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function part(overrides: Record<string, unknown> = {}): Part {
  return parsePart(rawPart(overrides))._unsafeUnwrap();
}

export const filter = part();
export const oil = part({
  id: 'part_oil',
  partNumber: '08880-83717',
  name: '机油 5W-30',
  unit: 'litre',
  category: 'fluids',
  movingAverageCost: { amount: '45.50', currency: 'CNY' },
});
export const pads = part({
  id: 'part_pads',
  partNumber: '04465-33450',
  name: '前刹车片',
  grade: 'aftermarket-brand',
  category: 'brakes',
  movingAverageCost: { amount: '260.00', currency: 'CNY' },
});

export const catalogue: Catalogue = buildCatalogue([filter, oil, pads])._unsafeUnwrap();

let counter = 0;
/** A unique idempotency key. */
export function key(prefix = 'k'): string {
  counter += 1;
  return `${prefix}_${counter}`;
}

export function receipt(overrides: Record<string, unknown> = {}): MovementInput {
  return {
    type: 'receipt',
    idempotencyKey: key('gr'),
    partId: filter.id,
    locationId: 'wh-main',
    unit: 'piece',
    quantity: '10',
    unitCost: { amount: '38.00', currency: 'CNY' },
    reference: { kind: 'goods-receipt', id: 'gr_1' },
    at: AT,
    actor: clerk,
    ...overrides,
  } as MovementInput;
}

export function issue(overrides: Record<string, unknown> = {}): MovementInput {
  return {
    type: 'issue',
    idempotencyKey: key('ro'),
    partId: filter.id,
    locationId: 'wh-main',
    unit: 'piece',
    quantity: '1',
    reference: { kind: 'repair-order', id: 'ro_1' },
    at: AT,
    actor: clerk,
    ...overrides,
  } as MovementInput;
}

/** Posts movements and returns the ledger; throws if the fixture itself is wrong. */
export function post(
  inputs: readonly MovementInput[],
  ledger: StockLedger = emptyLedger(),
  config?: PartsConfig,
): StockLedger {
  return postMovements(ledger, inputs, { catalogue, config })._unsafeUnwrap().ledger;
}

/** Inputs no parse function may throw on. */
export const hostileInputs: readonly unknown[] = [
  null,
  undefined,
  0,
  Number.NaN,
  'x'.repeat(1_000_000),
  Symbol('s'),
  [],
  () => 1,
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { partNumber: 'x'.repeat(100_000) },
  Object.assign(Object.create(null), { bogus: ['x'] }),
  new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile keys');
      },
    },
  ),
];
