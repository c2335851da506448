/**
 * The dealer's master data as a host would hold it: the price list the
 * service manager publishes, the discount rules, the workshop's capacity and
 * its profile. Plain JSON, parsed at the boundary with the library's parsers.
 */

export const DEALER_CODE = 'SH4S01';
export const TIME_ZONE = 'Asia/Shanghai';
export const VEHICLE_CLASS = 'B';

export const cny = (amount: string) => ({ amount, currency: 'CNY' as const });
const zero = cny('0.00');

const explanation = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function labour(opCode: string, quotaHours: string, amount: string, cost: string, name: string) {
  return {
    kind: 'labour',
    opCode,
    vehicleClass: VEHICLE_CLASS,
    quotaHours,
    hourlyRate: cny('220.00'),
    name,
    category: 'labour',
    cost: cny(cost),
    components: { labour: cny(amount), material: zero, transport: zero },
    explanation: explanation(
      `工时费 = 工时定额 ${quotaHours} 小时 × 公示工时单价 220.00 元`,
      `Labour = quota ${quotaHours} h × published rate CNY 220.00 per hour`,
    ),
  };
}

function part(
  partNumber: string,
  grade: string,
  unit: string,
  price: string,
  cost: string,
  name: string,
) {
  return {
    kind: 'part',
    partNumber,
    grade,
    unit,
    unitPrice: cny(price),
    name,
    category: 'parts',
    cost: cny(cost),
    components: { labour: zero, material: cny(price), transport: zero },
    explanation: explanation('材料费按公示配件单价计', 'Material at the published unit price'),
  };
}

/** Labour op codes, parts and fees the day uses; part numbers match the parts catalogue. */
export const priceListDraft = {
  id: 'plv_2026_1',
  priceListId: 'pl_service',
  version: 0,
  createdAt: '2026-01-02T01:00:00.000Z',
  updatedAt: '2026-01-02T01:00:00.000Z',
  status: 'draft',
  currency: 'CNY',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  reviewedAt: '2026-01-02T01:00:00.000Z',
  publications: [],
  items: [
    labour('OP-MAINT-2', '2', '440.00', '180.00', '二级维护 2nd-level maintenance'),
    labour('OP-BRAKE-F', '1.2', '264.00', '100.00', '更换前刹车片 Front brake pads'),
    labour('OP-DISC-F', '1', '220.00', '90.00', '更换前刹车盘 Front brake discs'),
    labour('OP-AC-CLEAN', '0.8', '176.00', '70.00', '空调蒸发箱清洗 A/C evaporator cleaning'),
    labour('OP-OIL-EXP', '0.5', '110.00', '45.00', '快速保养 Express oil service'),
    part('P-OIL', 'oem', 'litre', '78.00', '45.00', '全合成机油 5W-30 Engine oil'),
    part('P-FILTER', 'oem', 'piece', '68.00', '32.00', '机油滤清器 Oil filter'),
    part('P-AIR-FILTER', 'oem', 'piece', '120.00', '55.00', '空气滤清器 Air filter'),
    part('P-PAD-F', 'oem', 'set', '580.00', '320.00', '前刹车片 Front brake pads'),
    part('P-DISC-F', 'aftermarket-brand', 'piece', '460.00', '260.00', '前刹车盘 Front disc'),
    part('P-AC-CLEANER', 'oem', 'bottle', '88.00', '30.00', '空调清洗剂 A/C cleaner'),
    part('P-WIPER', 'oem', 'pair', '150.00', '70.00', '雨刮片 Wiper blades'),
    {
      kind: 'fee',
      feeCode: 'F-DISPOSAL',
      feeType: 'disposal',
      unit: 'job',
      unitPrice: cny('15.00'),
      name: '废油处置费 Waste-oil disposal',
      cost: cny('5.00'),
      components: { labour: zero, material: cny('15.00'), transport: zero },
      explanation: explanation('按环保规定处置废机油', 'Waste oil disposed of as regulated'),
    },
  ],
};

/** §5.3: one loyal-customer rule, one coupon, one seasonal rule that is out of season today. */
export const discountRules = [
  {
    id: 'rule_loyal_labour',
    name: '老客户工时九折 Loyal customer: 10% off labour',
    priority: 20,
    stacking: 'combinable',
    scope: { kind: 'lines', itemKinds: ['labour'] },
    benefit: { kind: 'percentage', rate: '0.1' },
    condition: { type: 'loyalty', minTenureMonths: 24, minVisitCount: 6 },
  },
  {
    id: 'rule_spring_coupon',
    name: '春季保养券 Spring service coupon',
    priority: 10,
    stacking: 'combinable',
    scope: { kind: 'order' },
    benefit: { kind: 'fixed', amount: cny('100.00') },
    condition: {
      type: 'coupon',
      code: 'SPRING100',
      validFrom: '2026-03-01T00:00:00.000Z',
      validTo: '2026-04-30T15:59:59.000Z',
      minSpend: cny('800.00'),
      perCustomerLimit: 1,
      overallLimit: 500,
    },
  },
  {
    id: 'rule_may_day',
    name: '五一保养季95折 May Day season 5% off',
    priority: 30,
    stacking: 'combinable',
    scope: { kind: 'order' },
    benefit: { kind: 'percentage', rate: '0.05' },
    condition: { type: 'seasonal', from: '2026-04-28', to: '2026-05-05' },
  },
];

const weekdays = (window: Record<string, unknown>) =>
  Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((day) => [
      day,
      window,
    ]),
  );

const shift = { start: '08:30', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] };

/** §3.1(2): what can be booked — hours, bays, technicians, advisors and the service catalogue. */
export const workshopCapacity = {
  openingHours: weekdays({ start: '08:30', end: '17:30' }),
  closures: [{ date: '2026-04-05', kind: 'public-holiday', name: '清明节' }],
  receptionSlotMinutes: 30,
  bays: [
    { id: 'bay_x1', type: 'express' },
    { id: 'bay_m1', type: 'mechanical' },
    { id: 'bay_m2', type: 'mechanical' },
  ],
  technicians: [
    { id: 'emp_t_zhao', skills: ['maintenance', 'brakes'], shifts: weekdays(shift) },
    { id: 'emp_t_liu', skills: ['maintenance'], shifts: weekdays(shift) },
  ],
  advisors: [
    {
      id: 'emp_sa_wang',
      maxArrivalsPerSlot: 1,
      shifts: weekdays({ start: '08:30', end: '17:00' }),
    },
  ],
  services: [
    {
      code: 'OP-MAINT-2',
      name: '二级维护 2nd-level maintenance',
      durationMinutes: 120,
      bayType: 'mechanical',
      skill: 'maintenance',
      parts: [
        { partNumber: 'P-OIL', quantity: '4.5' },
        { partNumber: 'P-FILTER', quantity: '1' },
        { partNumber: 'P-AIR-FILTER', quantity: '1' },
      ],
    },
    {
      code: 'OP-BRAKE-F',
      name: '更换前刹车片 Front brake pads',
      durationMinutes: 90,
      bayType: 'mechanical',
      skill: 'brakes',
      parts: [{ partNumber: 'P-PAD-F', quantity: '1' }],
    },
  ],
};

export const workshopProfile = {
  id: 'ws_sh4s01',
  version: 1,
  createdAt: '2026-01-02T01:00:00.000Z',
  updatedAt: '2026-01-02T01:00:00.000Z',
  dealerCode: DEALER_CODE,
  name: '上海示范 4S 店 Shanghai demo 4S dealership',
  licenceCategory: 'class-1',
  timeZone: TIME_ZONE,
};

/** The workshop's team: the leader re-checks what its technicians did (§3.4(2)). */
export const teams = [
  { id: 'team_m1', leaderId: 'emp_tl_qian', memberIds: ['emp_tl_qian', 'emp_t_zhao', 'emp_t_liu'] },
];

/** The tread-depth gauge used at the final inspection, calibrated (§4.2(5)). */
export const treadGauge = {
  id: 'eq_gauge_01',
  version: 1,
  createdAt: '2026-01-10T01:00:00.000Z',
  updatedAt: '2026-01-10T01:00:00.000Z',
  name: '胎纹深度尺 Tread-depth gauge',
  kind: 'measuring-instrument',
  status: 'in-service',
  calibrationIntervalDays: 365,
  lastCalibratedOn: '2026-01-10',
  calibrationDueOn: '2027-01-10',
};

/** Employees on duty: ids and roles only (roles decide what each may do and see). */
export const staffRoles = {
  advisor: { id: 'emp_sa_wang', roles: ['service-advisor'] },
  supervisor: { id: 'emp_ws_li', roles: ['workshop-supervisor'] },
  technician: { id: 'emp_t_zhao', roles: ['technician'] },
  technician2: { id: 'emp_t_liu', roles: ['technician'] },
  teamLeader: { id: 'emp_tl_qian', roles: ['team-leader'] },
  inspector: { id: 'emp_qc_sun', roles: ['qc-inspector'] },
  manager: { id: 'emp_sm_zhou', roles: ['service-manager'] },
  partsClerk: { id: 'emp_pc_wu', roles: ['parts-clerk'] },
  csAgent: { id: 'emp_cs_zheng', roles: ['cs-agent'] },
  csSupervisor: { id: 'emp_css_feng', roles: ['cs-supervisor'] },
} as const;

export type StaffKey = keyof typeof staffRoles;
