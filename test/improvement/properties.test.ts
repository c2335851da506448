import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActionCommand,
  awardProposal,
  computeActionMetrics,
  contributeToFund,
  findOverdueActions,
  type ImprovementAction,
  type InnovationFund,
  openAction,
  parseImprovementAction,
  parseImprovementConfig,
  parseImprovementProposal,
  parseImprovementTrigger,
  parseInnovationFund,
  submitProposal,
  transitionAction,
  transitionProposal,
} from '../../src/improvement/index';
import {
  addMinutesToInstant,
  isNegativeMoney,
  moneyEquals,
  subtractMoney,
} from '../../src/shared/index';
import {
  cny,
  complaintTrigger,
  fundWith,
  implementedProposal,
  manager,
  openedAction,
  submittedProposal,
  supervisor,
  T0,
  technician,
} from './fixtures';

const minutes = (n: number) => addMinutesToInstant(T0, n);

/** The command a step number stands for, at a later instant each time. */
function command(kind: number, step: number): ActionCommand {
  const at = minutes(60 * 24 * step);
  const commands: ActionCommand[] = [
    { type: 'analyse', at, actor: technician, rootCause: { category: 'method', analysis: '分析' } },
    { type: 'start', at, actor: technician, plan: '计划' },
    { type: 'implement', at, actor: technician, summary: '完成' },
    { type: 'verify', at, actor: manager, effective: true },
    { type: 'verify', at, actor: manager, effective: false },
    { type: 'close', at, actor: supervisor },
    { type: 'cancel', at, actor: supervisor, reason: 'not-applicable' },
  ];
  return commands[kind % commands.length] as ActionCommand;
}

function play(kinds: readonly number[], id: string): ImprovementAction {
  let action = openedAction({ ...complaintTrigger, sourceId: `cmp_${id}` }, `ia_${id}`);
  kinds.forEach((kind, step) => {
    const result = transitionAction(action, command(kind, step + 1));
    if (result.isOk()) action = result.value.action;
  });
  return action;
}

const walks = fc.array(fc.array(fc.nat(6), { maxLength: 14 }), { maxLength: 12 });

describe('improvement properties', () => {
  it('§12.1.1–§12.1.3 §12.2.1–§12.2.3 parse functions and machines never throw, whatever they are given', () => {
    const action = openedAction();
    const proposal = submittedProposal();
    const fund = fundWith('100');
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseImprovementConfig(input);
        parseImprovementTrigger(input);
        parseImprovementAction(input);
        parseImprovementProposal(input);
        parseInnovationFund(input);
        openAction(input as never, { id: 'ia_1', at: T0, actor: supervisor });
        submitProposal(input as never, { id: 'ip_1', at: T0, actor: technician });
        transitionAction(action, input as never);
        transitionProposal(proposal, input as never);
        contributeToFund(fund, input as never);
        awardProposal(implementedProposal(), fund, input as never);
        return true;
      }),
    );
  });

  it('§12.1.1–§12.1.3 the reopen count is the number of verifications that found the action not effective', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { maxLength: 30 }), (kinds) => {
        const action = play(kinds, '1');
        const ineffective = action.verifications.filter((v) => !v.effective).length;
        expect(action.reopenCount).toBe(ineffective);
        expect(parseImprovementAction(JSON.parse(JSON.stringify(action))).isOk()).toBe(true);
        if (action.status === 'closed') expect(action.verifications.at(-1)?.effective).toBe(true);
      }),
    );
  });

  it('§12.1.1–§12.1.3 metrics: rates lie in 0–1, counts reconcile, overdue never exceeds open', () => {
    fc.assert(
      fc.property(walks, fc.nat(24 * 120), (plays, hours) => {
        const actions = plays.map((kinds, i) => play(kinds, String(i)));
        const at = minutes(hours * 60);
        const metrics = computeActionMetrics(actions, { at })._unsafeUnwrap();
        for (const rate of [metrics.onTimeClosureRate, metrics.effectivenessRate]) {
          if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        }
        const live = actions.filter((a) => a.status !== 'closed' && a.status !== 'cancelled');
        expect(metrics.open).toBe(live.length);
        expect(metrics.bySource.reduce((sum, row) => sum + row.open, 0)).toBe(metrics.open);
        expect(metrics.overdue).toBe(findOverdueActions(actions, at).length);
        expect(metrics.overdue).toBeLessThanOrEqual(metrics.open);
        expect(metrics.closedOnTime).toBeLessThanOrEqual(metrics.closed);
        expect(metrics.effectiveFirstTime).toBeLessThanOrEqual(metrics.verified);
        expect(metrics.closed).toBe(actions.filter((a) => a.status === 'closed').length);
      }),
    );
  });

  it('§12.2.1–§12.2.3 the innovation fund never goes negative and balance = contributed − disbursed', () => {
    const cents = (n: number) => cny((n / 100).toFixed(2));
    const operations = fc.array(
      fc.record({ award: fc.boolean(), amount: fc.integer({ min: -1000, max: 600_000 }) }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(operations, (ops) => {
        let fund: InnovationFund = fundWith('0');
        ops.forEach((op, i) => {
          const at = minutes(i + 1);
          const result = op.award
            ? awardProposal(implementedProposal(`ip_${i}`), fund, {
                at,
                actor: manager,
                amount: cents(op.amount),
              })
            : contributeToFund(fund, { at, actor: manager, amount: cents(op.amount) });
          if (result.isOk()) fund = result.value.fund;
          expect(isNegativeMoney(fund.balance)).toBe(false);
          const expected = subtractMoney(fund.contributed, fund.disbursed)._unsafeUnwrap();
          expect(moneyEquals(fund.balance, expected)._unsafeUnwrap()).toBe(true);
        });
        expect(parseInnovationFund(JSON.parse(JSON.stringify(fund))).isOk()).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
