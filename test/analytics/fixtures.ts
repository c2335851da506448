import { type Appointment, parseAppointment } from '../../src/appointment/index';
import { type Complaint, type FollowUpTask, followUpFromDelivery } from '../../src/crm/index';
import type { RepairOrder } from '../../src/repair-order/index';
import type { Instant } from '../../src/shared/index';
import { confirmed } from '../appointment/fixtures';
import { delivery, publishedSurvey, complaint as registeredComplaint } from '../crm/fixtures';
import { delivered } from '../repair-order/fixtures';

export const at = (text: string) => text as Instant;
const stamp = '2026-03-02T02:00:00.000Z';
const base = (id: string) => ({ id, version: 1, createdAt: stamp, updatedAt: stamp });

/** A delivered order as quality's rates read it; one team, one technician. */
export function qualityRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    repairOrderId: 'ro_1',
    deliveredAt: '2026-03-10T02:00:00.000Z',
    odometerKm: 45000,
    repairCategories: ['minor-repair'],
    teamIds: ['team_m1'],
    technicianIds: ['emp_t1'],
    inspectionPassed: true,
    reworkCount: 0,
    comebacks: [],
    ...overrides,
  };
}

const template = delivered();

/** A delivered, settled repair order (total 620.00 CNY, one job: 1.2 flat-rate hours, 60 minutes clocked). */
export function repairOrder(overrides: Record<string, unknown> = {}): RepairOrder {
  return { ...template, ...overrides } as RepairOrder;
}

/** The template's only job with fields replaced. */
export function job(overrides: Record<string, unknown> = {}): RepairOrder['jobs'][number] {
  return { ...(template.jobs[0] as RepairOrder['jobs'][number]), ...overrides } as never;
}

/** An order whose settlement total is `amount`. */
export function orderWithTotal(id: string, amount: string, currency = 'CNY'): RepairOrder {
  const settlement = template.settlement as NonNullable<RepairOrder['settlement']>;
  return repairOrder({
    id,
    settlement: {
      ...settlement,
      statement: { ...settlement.statement, total: { amount, currency } },
    },
  });
}

const appointmentTemplate = confirmed();

/** An appointment on `date` with an outcome: shown (checked in), no-show, or still confirmed. */
export function appointment(
  id: string,
  outcome: 'shown' | 'no-show' | 'open',
  date = '2026-11-30',
  advisorId: string | null = 'emp_a1',
): Appointment {
  const step = { at: '2026-11-30T01:05:00.000Z', by: 'emp_a1' };
  const raw = {
    ...appointmentTemplate,
    id,
    date,
    advisorId,
    status: outcome === 'shown' ? 'checked-in' : outcome === 'no-show' ? 'no-show' : 'confirmed',
    checkIn: outcome === 'shown' ? { ...step, lateMinutes: 0, late: false } : null,
    noShow: outcome === 'no-show' ? step : null,
  };
  return parseAppointment(raw)._unsafeUnwrap();
}

const taskTemplate = followUpFromDelivery(delivery(), {
  id: 'fu_1',
  assigneeId: 'emp_cs1',
})._unsafeUnwrap().task;

/** A follow-up task due `dueBy`, completed at `completedAt` (or open). */
export function task(
  id: string,
  dueBy: string,
  completedAt: string | null,
  agentId = 'emp_cs1',
): FollowUpTask {
  return {
    ...taskTemplate,
    id,
    dueBy,
    assigneeId: agentId,
    status: completedAt === null ? 'open' : 'completed',
    outcome: completedAt === null ? null : 'reached-satisfied',
    completedAt,
    completedBy: completedAt === null ? null : agentId,
    attempts:
      completedAt === null
        ? []
        : [{ at: completedAt, agentId, outcome: 'reached-satisfied', note: null }],
  } as FollowUpTask;
}

/** A complaint received 2026-03-02 10:00 Shanghai: response due +24 h, resolution due +72 h. */
export function complaint(id: string, overrides: Record<string, unknown> = {}): Complaint {
  return { ...registeredComplaint({}, id), ...overrides } as Complaint;
}

export const survey = publishedSurvey();

/** A response to `survey` answering the four 1–5 questions with `score`. */
export function response(id: string, score: number, respondedAt = '2026-03-05T02:00:00.000Z') {
  return {
    ...base(id),
    surveyId: survey.id,
    customerId: 'cus_1',
    repairOrderId: null,
    invitationId: null,
    channel: 'online',
    respondedAt,
    recordedBy: null,
    answers: ['q1', 'q2', 'q3', 'q4'].map((questionId) => ({ questionId, value: score })),
  };
}

/** A stock movement (an issue to a repair order by default). */
export function movement(id: string, overrides: Record<string, unknown> = {}) {
  return {
    ...base(id),
    idempotencyKey: id,
    type: 'issue',
    partId: 'part_filter',
    locationId: 'wh-main',
    toLocationId: null,
    direction: null,
    unit: 'piece',
    quantity: '1',
    unitCost: { amount: '38.00', currency: 'CNY' },
    reference: { kind: 'repair-order', id: 'ro_1' },
    fromBackorder: false,
    reason: null,
    note: null,
    at: '2026-03-02T02:00:00.000Z',
    actorId: 'emp_clerk',
    ...overrides,
  };
}

/** A lost sale (a requested line not served from stock). */
export function lostSale(id: string, overrides: Record<string, unknown> = {}) {
  return {
    ...base(id),
    partId: 'part_filter',
    locationId: 'wh-main',
    unit: 'piece',
    quantity: '1',
    reference: null,
    at: '2026-03-03T02:00:00.000Z',
    actorId: 'emp_clerk',
    note: null,
    ...overrides,
  };
}

/** A shift of `minutes` attended minutes starting 08:30 Shanghai on `day` (no break). */
export function shift(
  id: string,
  technicianId: string,
  teamId: string | null,
  day = '2026-03-02',
  minutes = 480,
) {
  const clockInAt = `${day}T00:30:00.000Z`;
  const clockOutAt = new Date(Date.parse(clockInAt) + minutes * 60_000).toISOString();
  return { ...base(id), technicianId, teamId, clockInAt, clockOutAt, breakMinutes: 0 };
}

/** Things that are not records at all; parse functions must reject them without throwing. */
export const hostileRecords: readonly unknown[] = [
  null,
  undefined,
  42,
  'ro_1',
  [],
  { id: 'ro_bad' },
  new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
    },
  ),
];
