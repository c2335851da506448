import type { Result } from 'neverthrow';
import {
  type Complaint,
  type Customer,
  type CustomerInput,
  createCustomer,
  type DeliveredRepairOrder,
  defineSurvey,
  parseDeliveredRepairOrder,
  publishSurvey,
  registerComplaint,
  registerVehicle,
  type Survey,
  type SurveyDefinition,
  type Vehicle,
  type VehicleInput,
} from '../../src/crm/index';
import { type Actor, parseActor, type Role } from '../../src/org/index';
import { type Instant, parseInstant, type ValidationError } from '../../src/shared/index';

/** A parsed instant; throws only if the fixture itself is wrong. */
export function at(text: string): Instant {
  return parseInstant(text)._unsafeUnwrap();
}

export function actor(id: string, ...roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const advisor = actor('emp_sa', 'service-advisor');
export const technician = actor('emp_t', 'technician');
export const csAgent = actor('emp_cs1', 'cs-agent');
export const csAgent2 = actor('emp_cs2', 'cs-agent');
export const csSupervisor = actor('emp_css', 'cs-supervisor');
export const manager = actor('emp_sm', 'service-manager');
export const partsClerk = actor('emp_p', 'parts-clerk');

export const T0 = at('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai, Monday

export const VIN = '1M8GDM9AXKP042788';
export const PHONE = '13812345678';
export const NAME = '张三';
export const PLATE = '粤B12345';

/** `path:reason` of every issue of a failed parse. */
export function reasons(result: Result<unknown, ValidationError | { code: string }>): string[] {
  const error = result._unsafeUnwrapErr() as ValidationError;
  return error.data.issues.map((issue) => `${issue.path}:${issue.reason}`);
}

export function customerInput(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
    kind: 'person',
    name: NAME,
    mobilePhone: '+86 138 1234 5678',
    sourceChannel: 'walk-in',
    birthday: '1990-03-10',
    preferredChannel: 'wechat',
    consents: [
      { purpose: 'service-contact', granted: true, channel: 'walk-in' },
      { purpose: 'marketing', granted: true, channel: 'walk-in' },
    ],
    ...overrides,
  } as CustomerInput;
}

export function customer(
  overrides: Partial<CustomerInput> = {},
  id = 'cus_1',
  when = T0,
): Customer {
  return createCustomer(customerInput(overrides), { id, at: when, actor: advisor })._unsafeUnwrap()
    .customer;
}

export function vehicleInput(overrides: Partial<VehicleInput> = {}): VehicleInput {
  return {
    customerId: 'cus_1',
    vin: VIN,
    licencePlate: PLATE,
    brand: '大众',
    model: '帕萨特',
    sourceChannel: 'walk-in',
    ...overrides,
  } as VehicleInput;
}

export function vehicle(overrides: Partial<VehicleInput> = {}, id = 'veh_1', when = T0): Vehicle {
  return registerVehicle(vehicleInput(overrides), { id, at: when, actor: advisor })._unsafeUnwrap()
    .vehicle;
}

export function delivery(overrides: Record<string, unknown> = {}): DeliveredRepairOrder {
  return parseDeliveredRepairOrder({
    repairOrderId: 'ro_1',
    customerId: 'cus_1',
    vehicleId: 'veh_1',
    advisorId: 'emp_sa',
    deliveredAt: '2026-03-02T09:30:00.000Z',
    repairCategories: ['maintenance'],
    odometerKm: 15230,
    nextService: { dueDate: '2026-09-02', dueOdometerKm: 25230 },
    total: { amount: '680.00', currency: 'CNY' },
    ...overrides,
  })._unsafeUnwrap();
}

export const fourDimensionSurvey: SurveyDefinition = {
  title: '售后服务满意度调查',
  channels: ['online', 'phone'],
  questions: [
    { id: 'q1', text: '维修质量', type: 'scale', dimension: 'product-quality', required: true },
    { id: 'q2', text: '服务态度', type: 'scale', dimension: 'service-level', required: true },
    {
      id: 'q3',
      text: '价格是否合理',
      type: 'scale',
      dimension: 'price-reasonableness',
      required: true,
    },
    { id: 'q4', text: '品牌印象', type: 'scale', dimension: 'brand-image', required: true },
    { id: 'nps', text: '推荐可能性', type: 'nps', dimension: null, required: false },
    { id: 'comment', text: '意见和建议', type: 'text', dimension: null, required: false },
  ],
};

export function publishedSurvey(definition: SurveyDefinition = fourDimensionSurvey): Survey {
  const draft = defineSurvey(definition, { id: 'svy_1', at: T0 })._unsafeUnwrap().survey;
  return publishSurvey(draft, { at: T0, actor: csSupervisor })._unsafeUnwrap().survey;
}

export function complaint(
  overrides: Record<string, unknown> = {},
  id = 'cmp_1',
  when = T0,
): Complaint {
  return registerComplaint(
    {
      customerId: 'cus_1',
      channel: 'phone',
      category: 'repair-quality',
      severity: 'medium',
      summary: '保养后发动机异响',
      ...overrides,
    } as Parameters<typeof registerComplaint>[0],
    { id, at: when, actor: csAgent },
  )._unsafeUnwrap().complaint;
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
  { name: 'x'.repeat(1_000_000), mobilePhone: 'y'.repeat(1_000_000) },
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
