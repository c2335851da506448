import { describe, expect, it } from 'vitest';
import {
  awardProposal,
  contributeToFund,
  openInnovationFund,
  parseImprovementConfig,
  parseInnovationFund,
} from '../../src/improvement/index';
import {
  acceptedProposal,
  cny,
  fundWith,
  h,
  implementedProposal,
  manager,
  submittedProposal,
  supervisor,
  T0,
  technician,
} from './fixtures';

describe('innovation fund', () => {
  it('§12.2.1–§12.2.3 opens at zero and grows with contributions', () => {
    const { fund, events } = openInnovationFund(
      { name: '2026年度创新基金' },
      { id: 'fund_1', at: T0, actor: manager },
    )._unsafeUnwrap();
    expect(fund).toMatchObject({
      currency: 'CNY',
      balance: cny('0.00'),
      contributed: cny('0.00'),
      disbursed: cny('0.00'),
    });
    expect(events[0]?.type).toBe('improvement.fund-opened');
    const funded = contributeToFund(fund, {
      at: h(1),
      actor: manager,
      amount: cny('20000'),
    })._unsafeUnwrap();
    expect(funded.fund).toMatchObject({ balance: cny('20000.00'), contributed: cny('20000.00') });
    expect(funded.events[0]).toMatchObject({
      type: 'improvement.fund-contributed',
      payload: { balance: cny('20000.00') },
    });
    expect(
      openInnovationFund(
        { name: 'x' },
        { id: 'fund_2', at: T0, actor: supervisor },
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
  });

  it('§12.2.1–§12.2.3 contributions are positive and in the fund’s currency', () => {
    const fund = fundWith('0');
    expect(
      contributeToFund(fund, { at: h(1), actor: manager, amount: cny('0') })._unsafeUnwrapErr()
        .code,
    ).toBe('improvement_amount_not_positive');
    expect(
      contributeToFund(fund, { at: h(1), actor: manager, amount: cny('-5') })._unsafeUnwrapErr()
        .code,
    ).toBe('improvement_amount_not_positive');
    expect(
      contributeToFund(fund, {
        at: h(1),
        actor: manager,
        amount: { amount: '5', currency: 'USD' },
      })._unsafeUnwrapErr().code,
    ).toBe('currency_mismatch');
    expect(
      contributeToFund(fund, {
        at: h(1),
        actor: manager,
        amount: { amount: 5, currency: 'CNY' },
      } as never).isErr(),
    ).toBe(true);
  });

  it('§12.2.1–§12.2.3 an implemented proposal is awarded from the fund', () => {
    const fund = fundWith('1000');
    const result = awardProposal(implementedProposal(), fund, {
      at: h(40),
      actor: manager,
      amount: cny('800'),
    })._unsafeUnwrap();
    expect(result.proposal).toMatchObject({
      status: 'awarded',
      award: { fundId: 'fund_1', amount: cny('800.00'), by: 'emp_sm', at: h(40) },
    });
    expect(result.fund).toMatchObject({
      balance: cny('200.00'),
      contributed: cny('1000.00'),
      disbursed: cny('800.00'),
    });
    expect(result.events.map((e) => [e.type, e.aggregateType])).toEqual([
      ['improvement.proposal-awarded', 'improvement-proposal'],
      ['improvement.fund-disbursed', 'innovation-fund'],
    ]);
    expect(result.events[0]?.payload).toMatchObject({ awardeeId: 'emp_t', amount: cny('800.00') });
  });

  it('§12.2.1–§12.2.3 the fund never goes negative', () => {
    const fund = fundWith('300');
    const error = awardProposal(implementedProposal(), fund, {
      at: h(40),
      actor: manager,
      amount: cny('300.01'),
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'innovation_fund_insufficient',
      clause: '§12.2.1–§12.2.3',
      data: { fundId: 'fund_1', balance: '300.00', requested: '300.01', currency: 'CNY' },
    });
    const exact = awardProposal(implementedProposal(), fund, {
      at: h(40),
      actor: manager,
      amount: cny('300'),
    })._unsafeUnwrap();
    expect(exact.fund.balance).toEqual(cny('0.00'));
    expect(parseInnovationFund({ ...exact.fund, balance: cny('-1.00') }).isErr()).toBe(true);
  });

  it('§12.2.1–§12.2.3 an award is capped, positive, and only for an implemented proposal', () => {
    const fund = fundWith('100000');
    expect(
      awardProposal(implementedProposal(), fund, {
        at: h(40),
        actor: manager,
        amount: cny('5000.01'),
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'award_above_cap', data: { maxAward: '5000.00' } });
    const generous = parseImprovementConfig({
      proposal: { maxAward: cny('20000') },
    })._unsafeUnwrap();
    expect(
      awardProposal(
        implementedProposal(),
        fund,
        { at: h(40), actor: manager, amount: cny('8000') },
        { config: generous },
      ).isOk(),
    ).toBe(true);
    expect(
      awardProposal(implementedProposal(), fund, {
        at: h(40),
        actor: manager,
        amount: cny('0'),
      })._unsafeUnwrapErr().code,
    ).toBe('improvement_amount_not_positive');
    expect(
      awardProposal(acceptedProposal(), fund, {
        at: h(40),
        actor: manager,
        amount: cny('100'),
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid_transition',
      data: { status: 'accepted', command: 'award' },
    });
  });

  it('§12.2.1–§12.2.3 awarding needs improvement-proposal.evaluate and never one’s own proposal', () => {
    const fund = fundWith('1000');
    expect(
      awardProposal(implementedProposal(), fund, {
        at: h(40),
        actor: technician,
        amount: cny('100'),
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    const own = { ...implementedProposal(), submittedBy: manager.id };
    expect(
      awardProposal(own, fund, { at: h(40), actor: manager, amount: cny('100') })._unsafeUnwrapErr()
        .code,
    ).toBe('proposal_evaluator_is_submitter');
    expect(submittedProposal().award).toBeNull();
  });
});
