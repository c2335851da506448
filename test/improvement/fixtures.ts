import {
  type ActionCommand,
  contributeToFund,
  type ImprovementAction,
  type ImprovementProposal,
  type ImprovementTrigger,
  type InnovationFund,
  openAction,
  openInnovationFund,
  type ProposalCommand,
  submitProposal,
  transitionAction,
  transitionProposal,
} from '../../src/improvement/index';
import { type Actor, parseActor, type Role } from '../../src/org/index';
import { addMinutesToInstant, type Instant, parseInstant } from '../../src/shared/index';

/** A parsed instant; throws only if the fixture itself is wrong. */
export function at(text: string): Instant {
  return parseInstant(text)._unsafeUnwrap();
}

export function actor(id: string, ...roles: Role[]): Actor {
  return parseActor({ id, roles })._unsafeUnwrap();
}

export const manager = actor('emp_sm', 'service-manager');
export const supervisor = actor('emp_ws', 'workshop-supervisor');
export const csSupervisor = actor('emp_css', 'cs-supervisor');
export const technician = actor('emp_t', 'technician');
export const technician2 = actor('emp_t2', 'technician');

/** 10:00 in Shanghai, Monday 2026-03-02. */
export const T0 = at('2026-03-02T02:00:00.000Z');

/** `T0` plus a number of hours. */
export const h = (hours: number): Instant => addMinutesToInstant(T0, hours * 60);

export const kpiTrigger: ImprovementTrigger = {
  source: 'kpi-miss',
  sourceId: 'first-time-fix-rate:2026-02',
  reason: 'kpi_below_target',
  subject: 'first-time-fix-rate',
  score: 0.82,
  threshold: 0.9,
  customerId: null,
  clause: '§11.2.4',
};

export const complaintTrigger: ImprovementTrigger = {
  source: 'complaint',
  sourceId: 'cmp_1',
  reason: 'complaint_closed_unsatisfied',
  subject: 'repair-quality',
  score: null,
  threshold: null,
  customerId: 'cus_1',
  clause: '§1.2(6)',
};

/** An action opened by the workshop supervisor, owned by technician `emp_t`. */
export function openedAction(
  trigger: ImprovementTrigger | null = complaintTrigger,
  id = 'ia_1',
  when = T0,
): ImprovementAction {
  const input =
    trigger === null
      ? { title: '举升机季度点检', subject: 'lift-safety', ownerId: 'emp_t' }
      : { trigger, ownerId: 'emp_t' };
  return openAction(input, { id, at: when, actor: supervisor })._unsafeUnwrap().action;
}

export function runAction(
  action: ImprovementAction,
  ...commands: ActionCommand[]
): ImprovementAction {
  return commands.reduce(
    (current, command) => transitionAction(current, command)._unsafeUnwrap().action,
    action,
  );
}

export const toImplemented: readonly ActionCommand[] = [
  {
    type: 'analyse',
    at: h(2),
    actor: technician,
    rootCause: { category: 'method', analysis: '紧固未按手册力矩复核' },
  },
  { type: 'start', at: h(3), actor: technician, plan: '增加力矩复核步骤并培训' },
  { type: 'implement', at: h(48), actor: technician, summary: '作业指导书已更新，班组已培训' },
];

export function implementedAction(id = 'ia_1'): ImprovementAction {
  return runAction(openedAction(complaintTrigger, id), ...toImplemented);
}

export function submittedProposal(id = 'ip_1', by: Actor = technician): ImprovementProposal {
  return submitProposal(
    { title: '预约客户提前备料', description: '预约确认后由配件部提前拣货到工位', area: 'service' },
    { id, at: T0, actor: by },
  )._unsafeUnwrap().proposal;
}

export function runProposal(
  proposal: ImprovementProposal,
  ...commands: ProposalCommand[]
): ImprovementProposal {
  return commands.reduce(
    (current, command) => transitionProposal(current, command)._unsafeUnwrap().proposal,
    proposal,
  );
}

export const scores = { benefit: 4, feasibility: 5, novelty: 3 };

export function acceptedProposal(id = 'ip_1'): ImprovementProposal {
  return runProposal(
    submittedProposal(id),
    { type: 'start-evaluation', at: h(1), actor: manager },
    { type: 'accept', at: h(2), actor: manager, scores },
  );
}

export function implementedProposal(id = 'ip_1'): ImprovementProposal {
  return runProposal(acceptedProposal(id), {
    type: 'record-implementation',
    at: h(30),
    actor: manager,
    summary: '已在前台与配件部试行',
  });
}

export const cny = (amount: string) => ({ amount, currency: 'CNY' as const });

export function fundWith(amount: string, id = 'fund_1'): InnovationFund {
  const { fund } = openInnovationFund(
    { name: '2026年度创新基金' },
    { id, at: T0, actor: manager },
  )._unsafeUnwrap();
  return amount === '0'
    ? fund
    : contributeToFund(fund, { at: T0, actor: manager, amount: cny(amount) })._unsafeUnwrap().fund;
}
