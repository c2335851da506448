import type { Actor, Role, TeamMembership } from '../../src/org/index';
import { parseActor } from '../../src/org/index';
import {
  type ChecklistResult,
  defaultQualityConfig,
  type Equipment,
  type InspectedJobInput,
  type Inspection,
  type InspectionCommand,
  type InspectionReport,
  openInspection,
  type QualityConfig,
  type RepairCategory,
  transitionInspection,
} from '../../src/quality/index';
import {
  type CalendarDate,
  type Instant,
  parseCalendarDate,
  parseInstant,
} from '../../src/shared/index';

export function at(text: string): Instant {
  return parseInstant(text)._unsafeUnwrap();
}

export function day(text: string): CalendarDate {
  return parseCalendarDate(text)._unsafeUnwrap();
}

export const T0 = at('2026-03-02T02:00:00Z');

export function actor(id: string, roles: readonly Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const tech1 = actor('emp_tech1', ['technician']);
export const tech2 = actor('emp_tech2', ['technician']);
export const lead = actor('emp_lead', ['team-leader']);
export const lead2 = actor('emp_lead2', ['team-leader']);
export const qc = actor('emp_qc', ['qc-inspector']);
export const qc2 = actor('emp_qc2', ['qc-inspector']);
export const supervisor = actor('emp_sup', ['workshop-supervisor']);
export const advisor = actor('emp_adv', ['service-advisor']);

export const teams = [
  { id: 'team_m1', leaderId: 'emp_lead', memberIds: ['emp_lead', 'emp_tech1', 'emp_tech2'] },
  { id: 'team_m2', leaderId: 'emp_lead2', memberIds: ['emp_lead2', 'emp_tech3'] },
] as unknown as TeamMembership[];

export function job(overrides: Partial<Record<keyof InspectedJobInput, unknown>> = {}) {
  return {
    jobId: 'job_1',
    technicianId: 'emp_tech1',
    teamId: 'team_m1',
    repairCategory: 'minor-repair',
    ...overrides,
  } as InspectedJobInput;
}

/** A calibrated tread gauge, due 2027-01-10. */
export const gauge = {
  id: 'eq_gauge',
  version: 1,
  createdAt: T0,
  updatedAt: T0,
  name: '胎纹深度尺',
  kind: 'measuring-instrument',
  status: 'in-service',
  calibrationIntervalDays: 365,
  lastCalibratedOn: '2026-01-10',
  calibrationDueOn: '2027-01-10',
} as Equipment;

/** Passing results for every checklist item of the categories given. */
export function passingResults(
  categories: readonly RepairCategory[],
  config: QualityConfig = defaultQualityConfig,
): ChecklistResult[] {
  return categories.flatMap((category) => {
    const checklist = config.checklists.find((c) => c.category === category);
    return (checklist?.items ?? []).map(
      (item) =>
        (item.kind === 'pass-fail'
          ? { kind: 'pass-fail', category, itemId: item.id, passed: true }
          : {
              kind: 'measurement',
              category,
              itemId: item.id,
              value: item.min ?? item.norm ?? '0',
              equipmentId: 'eq_gauge',
            }) as ChecklistResult,
    );
  });
}

export function open(jobs = [job()], config?: QualityConfig): Inspection {
  return openInspection(
    { id: 'insp_1', repairOrderId: 'ro_1', jobs, at: T0 },
    config,
  )._unsafeUnwrap().state;
}

/** Applies commands in order; throws (test bug) on the first error. */
export function run(state: Inspection, ...commands: InspectionCommand[]): Inspection {
  return commands.reduce((current, command) => {
    const result = transitionInspection(current, command);
    if (result.isErr()) throw new Error(`${command.type}: ${JSON.stringify(result.error)}`);
    return result.value.state;
  }, state);
}

export const selfCheck = (a: Actor = tech1, extra: Partial<InspectionCommand> = {}) =>
  ({ type: 'self-check', passed: true, at: T0, actor: a, ...extra }) as InspectionCommand;

export const teamCheck = (a: Actor = lead, extra: Partial<InspectionCommand> = {}) =>
  ({ type: 'team-check', passed: true, teams, at: T0, actor: a, ...extra }) as InspectionCommand;

export const finalCheck = (
  a: Actor = qc,
  categories: readonly RepairCategory[] = ['minor-repair'],
  extra: Partial<InspectionCommand> = {},
) =>
  ({
    type: 'final-check',
    passed: true,
    reportId: 'qcr_1',
    results: passingResults(categories),
    equipment: [gauge],
    at: at('2026-03-02T06:00:00Z'),
    actor: a,
    ...extra,
  }) as InspectionCommand;

/** Hostile inputs no parse function may throw on. */
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
  { id: 'x'.repeat(100_000) },
  Object.create(null),
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
    },
  ),
];

/** The passed report of an order whose jobs (one per category, road-tested) passed all levels. */
export function reportFor(
  categories: readonly RepairCategory[],
  repairOrderId = 'ro_1',
): InspectionReport {
  const jobs = categories.map((repairCategory, index) =>
    job({ jobId: `job_${index + 1}`, repairCategory, roadTestPassed: true }),
  );
  const opened = { ...open(jobs), repairOrderId } as ReturnType<typeof open>;
  const passed = run(opened, selfCheck(tech1), teamCheck(lead), finalCheck(qc, categories));
  if (passed.report === null) throw new Error('fixture: no report');
  return passed.report;
}
