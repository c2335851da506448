// Every module that finds something to improve hands the improvement module
// the same plain ImprovementTrigger data (§12.1): a KPI below target
// (analytics), a closed incident and a drill's findings (safety), an
// unsatisfied complaint (crm). This scenario runs each producer's public API
// into openAction, so the contract is checked at run time, not only in types.
import { describe, expect, it } from 'vitest';
import { findKpiMisses, type KpiSeries, kpiMissTriggers } from '../../src/analytics/index';
import {
  computeActionMetrics,
  type ImprovementAction,
  type ImprovementTrigger,
  openAction,
} from '../../src/improvement/index';
import {
  improvementFromIncident,
  improvementsFromDrill,
  transitionDrill,
  transitionIncident,
} from '../../src/safety/index';
import { at, manager, technician } from '../improvement/fixtures';
import { action, drill, incidentInActions, plan, safetyOfficer } from '../safety/fixtures';

const later = at('2026-03-10T02:00:00.000Z');

const fixRate: KpiSeries = {
  kpi: 'first-time-fix-rate',
  unit: 'rate',
  granularity: 'month',
  by: 'team',
  points: [
    {
      period: '2026-03',
      dimension: 'team_m1',
      numerator: '19',
      denominator: '20',
      value: '0.9500',
    },
    { period: '2026-03', dimension: 'team_m2', numerator: '7', denominator: '10', value: '0.7000' },
  ],
};

function closedIncident() {
  const done = transitionIncident(incidentInActions(), {
    type: 'complete-corrective-action',
    at: later,
    actor: safetyOfficer,
    actionId: 'ca_1',
  })._unsafeUnwrap().incident;
  return transitionIncident(done, {
    type: 'close',
    at: later,
    actor: safetyOfficer,
  })._unsafeUnwrap().incident;
}

function evaluatedDrill() {
  return transitionDrill(drill([plan()]), {
    type: 'evaluate',
    at: later,
    actor: safetyOfficer,
    rating: 'ineffective',
    planFeasible: false,
    summary: '疏散路线被车辆阻挡',
    findings: [{ id: 'f1', area: 'response', description: '疏散路线被占用', action: action() }],
  })._unsafeUnwrap().drill;
}

function openAll(triggers: readonly ImprovementTrigger[]) {
  const opened: ReturnType<typeof openAction>[] = [];
  const existing: ImprovementAction[] = [];
  triggers.forEach((trigger, n) => {
    const result = openAction(
      { trigger, ownerId: technician.id },
      { id: `ia_${n + 1}`, at: later, actor: manager },
      { existing },
    );
    if (result.isOk()) existing.push(result.value.action);
    opened.push(result);
  });
  return { opened, actions: existing };
}

describe('scenario: findings from every module open improvement actions', () => {
  it('§11.2.4 §9.3.1 §9.3.3 §12.1.1–§12.1.3 a KPI miss, a closed incident and drill findings each open one action', () => {
    const triggers = [
      ...kpiMissTriggers(findKpiMisses([fixRate])),
      improvementFromIncident(closedIncident()),
      ...improvementsFromDrill(evaluatedDrill()),
    ].filter((trigger): trigger is ImprovementTrigger => trigger !== null);
    expect(triggers.map((trigger) => trigger.source)).toEqual([
      'kpi-miss',
      'incident',
      'drill',
      'drill',
    ]);

    const { opened, actions } = openAll(triggers);
    for (const result of opened) expect(result.isOk()).toBe(true);
    expect(actions.map((a) => [a.source, a.subject])).toEqual([
      ['kpi-miss', 'first-time-fix-rate'],
      ['incident', 'unsafe-condition'],
      ['drill', 'response'],
      ['drill', 'plan'],
    ]);
    const metrics = computeActionMetrics(actions, { at: later })._unsafeUnwrap();
    expect(metrics.open).toBe(4);
    expect(metrics.bySource.map((row) => [row.source, row.open])).toEqual(
      expect.arrayContaining([
        ['kpi-miss', 1],
        ['incident', 1],
        ['drill', 2],
      ]),
    );
  });

  it('§12.1.1–§12.1.3 the same findings handed over again open nothing new', () => {
    const triggers = kpiMissTriggers(findKpiMisses([fixRate]));
    const { opened } = openAll([...triggers, ...triggers]);
    expect(opened.map((result) => result.isOk())).toEqual([true, false]);
    expect(opened[1]?._unsafeUnwrapErr().code).toBe('duplicate_improvement_trigger');
  });
});
