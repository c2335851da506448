import { type Actor, parseActor, type Role } from '../../src/org/index';
import {
  type Drill,
  type EmergencyPlan,
  type EmergencyPlanInput,
  type Hazard,
  type Incident,
  recordDrill,
  registerEmergencyPlan,
  reportHazard,
  reportIncident,
  transitionHazard,
  transitionIncident,
} from '../../src/safety/index';
import { type CalendarDate, type Instant, parseInstant } from '../../src/shared/index';

/** A parsed instant; throws only if the fixture itself is wrong. */
export function at(text: string): Instant {
  return parseInstant(text)._unsafeUnwrap();
}

export const day = (text: string) => text as CalendarDate;

export function actor(id: string, ...roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const safetyOfficer = actor('emp_so', 'safety-officer');
export const safetyOfficer2 = actor('emp_so2', 'safety-officer');
export const workshopSupervisor = actor('emp_ws', 'workshop-supervisor');
export const technician = actor('emp_t', 'technician');
export const advisor = actor('emp_sa', 'service-advisor');
export const manager = actor('emp_sm', 'service-manager');

/** 2026-03-02 10:00 in Shanghai (a Monday). */
export const T0 = at('2026-03-02T02:00:00.000Z');

export function hazard(overrides: Partial<Parameters<typeof reportHazard>[0]> = {}): Hazard {
  return reportHazard(
    {
      id: 'hz_1',
      area: 'workshop',
      description: '2号举升机保险锁失效',
      riskLevel: 'major',
      ownerId: workshopSupervisor.id,
      ...overrides,
    },
    { at: T0, actor: safetyOfficer },
  )._unsafeUnwrap().hazard;
}

export function rectifiedHazard(): Hazard {
  const started = transitionHazard(hazard(), {
    type: 'start-rectification',
    at: at('2026-03-02T03:00:00.000Z'),
    actor: workshopSupervisor,
  })._unsafeUnwrap().hazard;
  return transitionHazard(started, {
    type: 'record-rectification',
    at: at('2026-03-03T03:00:00.000Z'),
    actor: workshopSupervisor,
    note: '更换保险锁并试验',
  })._unsafeUnwrap().hazard;
}

export function incident(): Incident {
  return reportIncident(
    {
      occurredAt: at('2026-03-02T01:30:00.000Z'),
      area: 'workshop',
      description: '更换轮胎时手部划伤',
      severity: 'minor',
      injuredCount: 1,
    },
    { id: 'inc_1', at: T0, actor: technician },
  )._unsafeUnwrap().incident;
}

export const action = (id = 'ca_1') => ({
  id,
  description: '加装轮胎拆装机防护罩',
  ownerId: workshopSupervisor.id,
  dueOn: '2026-03-31',
});

/** An incident in `actions` with a root cause and one open action `ca_1`. */
export function incidentInActions(): Incident {
  const steps = [
    { type: 'start-investigation', at: at('2026-03-02T03:00:00.000Z'), actor: safetyOfficer },
    {
      type: 'record-root-cause',
      at: at('2026-03-03T03:00:00.000Z'),
      actor: safetyOfficer,
      rootCause: '拆装机缺少防护罩',
      category: 'unsafe-condition',
    },
    {
      type: 'add-corrective-action',
      at: at('2026-03-03T04:00:00.000Z'),
      actor: safetyOfficer,
      action: action(),
    },
    { type: 'start-actions', at: at('2026-03-03T05:00:00.000Z'), actor: safetyOfficer },
  ] as const;
  return steps.reduce(
    (current, command) => transitionIncident(current, command)._unsafeUnwrap().incident,
    incident(),
  );
}

export function planInput(overrides: Partial<EmergencyPlanInput> = {}): EmergencyPlanInput {
  return {
    id: 'plan_fire',
    type: 'special',
    title: '火灾专项应急预案',
    scenario: 'fire',
    responsibilities: [
      { role: 'service-manager', duty: '应急总指挥' },
      { role: 'safety-officer', duty: '现场疏散与报警' },
    ],
    warningAndReporting: {
      warning: '烟感报警或发现明火',
      reporting: '立即报告服务经理并拨打119',
      reportWithinMinutes: 5,
    },
    responseLevels: [
      { level: 1, trigger: '火势蔓延无法控制', actions: '全员疏散，报119' },
      { level: 2, trigger: '初起火灾', actions: '使用灭火器扑救' },
    ],
    effectiveOn: '2026-01-01',
    ...overrides,
  };
}

export function plan(overrides: Partial<EmergencyPlanInput> = {}): EmergencyPlan {
  return registerEmergencyPlan(planInput(overrides), {
    at: T0,
    actor: safetyOfficer,
  })._unsafeUnwrap().plan;
}

export function drill(
  plans: readonly EmergencyPlan[],
  conductedOn = '2026-03-01',
  id = 'drl_1',
): Drill {
  return recordDrill(
    {
      planIds: plans.map((p) => p.id),
      kind: 'full-scale',
      scenario: '喷漆房起火疏散',
      conductedOn,
      participantCount: 24,
    },
    plans,
    { id, at: T0, actor: safetyOfficer },
  )._unsafeUnwrap().drill;
}
