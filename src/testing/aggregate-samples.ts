import type { EntityBase } from '../shared/index';
import type { AggregateSample } from './types';

const at = '2026-11-27T05:23:45.000Z';
const base = (id: string) => ({ id, version: 0, createdAt: at, updatedAt: at });
const cny = (amount: string) => ({ amount, currency: 'CNY' });

/** Text that storage engines tend to mangle: CJK, emoji, escapes, control characters, U+0000. */
const trickyText = '王先生 😀 "quoted" \\ back\tslash\n\u0000 é \uffff';

function sample(collection: string, entity: Record<string, unknown>): AggregateSample {
  return Object.freeze({ collection, entity: entity as EntityBase });
}

/**
 * Representative aggregates of the library's modules (appointment, repair
 * order, inspection report, price list, part stock, purchase order,
 * customer, vehicle, complaint, certification, incident, waste lot,
 * improvement action, receivable) as plain JSON-safe data, shaped like the
 * real entities: nested money with decimal strings that a float would
 * corrupt (`"0.10"`, `"100.00"`, `"-0.01"`, 22 significant digits), CJK
 * and emoji text, `null`s, empty arrays and objects, large integers. The
 * round-trip test saves each one and reads it back unchanged.
 *
 * @example
 * ```ts
 * runStoreConformanceSuite('my store', makeStore, { samples: [...aggregateSamples, mySample] });
 * ```
 * @category testing
 * @see §11.1.2
 */
export const aggregateSamples: readonly AggregateSample[] = Object.freeze([
  sample('appointment', {
    ...base('apt_2026_0001'),
    status: 'confirmed',
    slot: { date: '2026-12-01', start: '09:00', end: '09:30', bayId: 'bay_1' },
    customerId: 'cus_1',
    vehicleId: 'veh_1',
    items: [{ code: 'MAINT-10K', estimate: cny('480.00') }],
    deposit: cny('0.00'),
    notes: null,
  }),
  sample('repair-order', {
    ...base('ro_2026_000042'),
    status: 'in-progress',
    advisorId: 'emp_7',
    odometerKm: 123_456,
    jobs: [
      {
        id: 'job_1',
        labour: { hours: '1.5', rate: cny('180.00'), amount: cny('270.00') },
        parts: [{ partNo: '04152-YZZA1', qty: 1, unitPrice: cny('12.3456'), amount: cny('12.35') }],
      },
    ],
    adjustments: [{ reason: 'loyalty', amount: cny('-0.01') }],
    totals: { subtotal: cny('282.35'), vat: cny('32.48'), total: cny('282.34') },
    huge: cny('1234567890123456789012.99'),
    remarks: trickyText,
    attachments: [],
    extra: {},
  }),
  sample('inspection-report', {
    ...base('insp_1'),
    repairOrderId: 'ro_2026_000042',
    jobIds: ['job_1'],
    levels: [
      { level: 1, inspectorId: 'emp_3', at, passed: true },
      { level: 2, inspectorId: 'emp_4', at, passed: false },
    ],
    reworkCount: 1,
    passedAt: null,
  }),
  sample('price-list', {
    ...base('pl_2026'),
    publishedAt: at,
    items: [
      { code: 'LAB-001', name: '更换机油', price: cny('100.00') },
      { code: 'LAB-002', name: 'wheel alignment', price: cny('0.10') },
    ],
  }),
  sample('part', {
    ...base('part_04152'),
    onHand: 9_007_199_254_740_991,
    averageCost: cny('35.123456789012'),
    reorderPoint: 0,
    fraction: 0.1,
    exponent: 1e21,
  }),
  sample('purchase-order', {
    ...base('po_1'),
    lines: [{ partNo: 'A', qty: 3, cost: cny('99999999999999999999.99') }],
    approved: false,
  }),
  sample('customer', { ...base('cus_1'), nameMasked: '王**', consent: { marketing: false } }),
  sample('vehicle', { ...base('veh_1'), vinMasked: 'LSV*********1234', mileage: [0, 5000] }),
  sample('complaint', { ...base('cmp_1'), text: trickyText, deep: nested(40) }),
  sample('training-certification', {
    ...base('cert_1'),
    employeeId: 'emp_3',
    code: 'EV-HV',
    issuedOn: '2026-01-05',
    expiresOn: '2028-01-05',
    revoked: null,
  }),
  sample('safety-incident', {
    ...base('inc_1'),
    status: 'actions',
    severity: 'minor',
    description: '手部划伤 ✋',
    correctiveActions: [{ id: 'ca_1', ownerId: 'emp_ws', dueOn: '2026-03-20', completedAt: null }],
  }),
  sample('environment-waste-lot', {
    ...base('wl_1'),
    category: 'used-oil',
    hazardous: true,
    weightKg: '123.456',
    storage: { since: '2026-01-02', area: '危废暂存间' },
    transfer: null,
  }),
  sample('improvement-action', {
    ...base('ia_1'),
    source: 'kpi-miss',
    sourceId: 'first-time-fix-rate:2026-03:team_m2',
    score: 0.7,
    threshold: 0.95,
    verifications: [],
  }),
  sample('parts-receivable', {
    ...base('ar_1'),
    amount: cny('1234.50'),
    paid: [cny('0.10'), cny('1234.40')],
    outstanding: cny('0.00'),
    dueOn: '2026-04-30',
  }),
]);

function nested(depth: number): unknown {
  return depth === 0 ? { leaf: cny('1.00') } : { level: depth, child: nested(depth - 1) };
}
