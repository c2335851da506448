import { describe, expect, it } from 'vitest';
import {
  awardProposal,
  createImprovementRepositories,
  findActionForTrigger,
  IMPROVEMENT_COLLECTIONS,
  openAction,
  triggerKey,
} from '../../src/improvement/index';
import { createMemoryStore } from '../../src/memory/index';
import {
  cny,
  complaintTrigger,
  fundWith,
  h,
  implementedProposal,
  kpiTrigger,
  manager,
  openedAction,
  runAction,
  submittedProposal,
  supervisor,
  technician,
} from './fixtures';

describe('createImprovementRepositories', () => {
  it('§11.1.2 §12.1.1–§12.1.3 stores actions and finds the one a trigger already opened', async () => {
    const repositories = createImprovementRepositories(createMemoryStore());
    const first = openAction(
      { trigger: complaintTrigger, ownerId: 'emp_t' },
      { id: 'ia_1', at: h(0), actor: supervisor },
    )._unsafeUnwrap();
    const saved = (
      await repositories.actions.save(first.action, { expectedVersion: 0, events: first.events })
    )._unsafeUnwrap();
    expect(saved.version).toBe(1);
    await repositories.actions.save(openedAction(kpiTrigger, 'ia_2'), { expectedVersion: 0 });

    // The host's duplicate check: look the trigger up, pass what it finds.
    const existing = (
      await repositories.actions.findByTriggerKey(triggerKey(complaintTrigger))
    )._unsafeUnwrap();
    expect(existing.map((a) => a.id)).toEqual(['ia_1']);
    expect(findActionForTrigger(complaintTrigger, existing)?.id).toBe('ia_1');
    const again = openAction(
      { trigger: complaintTrigger, ownerId: 'emp_t' },
      { id: 'ia_3', at: h(1), actor: supervisor },
      { existing },
    );
    expect(again._unsafeUnwrapErr().code).toBe('duplicate_improvement_trigger');

    const mine = (await repositories.actions.listByOwner('emp_t'))._unsafeUnwrap();
    expect(mine.map((a) => a.id)).toEqual(['ia_1', 'ia_2']);
    expect((await repositories.actions.listByStatus('open'))._unsafeUnwrap()).toHaveLength(2);
    // a stale write is refused.
    const stale = await repositories.actions.save(
      runAction(first.action, { type: 'cancel', at: h(2), actor: supervisor, reason: 'duplicate' }),
      {
        expectedVersion: 0,
      },
    );
    expect(stale._unsafeUnwrapErr().code).toBe('concurrency_conflict');
  });

  it('§12.2.1–§12.2.3 stores proposals by status and submitter; an award commits proposal and fund together', async () => {
    const store = createMemoryStore();
    const repositories = createImprovementRepositories(store);
    await repositories.proposals.save(submittedProposal('ip_1', technician), {
      expectedVersion: 0,
    });
    await repositories.proposals.save(submittedProposal('ip_2', manager), { expectedVersion: 0 });
    expect(
      (await repositories.proposals.listBySubmitter('emp_t'))._unsafeUnwrap().map((p) => p.id),
    ).toEqual(['ip_1']);
    expect((await repositories.proposals.listByStatus('submitted'))._unsafeUnwrap()).toHaveLength(
      2,
    );

    const proposal = (
      await repositories.proposals.save(implementedProposal('ip_3'), { expectedVersion: 0 })
    )._unsafeUnwrap();
    const fund = (
      await repositories.funds.save(fundWith('1000', 'fund_1'), { expectedVersion: 0 })
    )._unsafeUnwrap();
    const awarded = awardProposal(proposal, fund, {
      at: h(40),
      actor: manager,
      amount: cny('600'),
    })._unsafeUnwrap();
    const committed = await store.unitOfWork.commit([
      {
        collection: IMPROVEMENT_COLLECTIONS.proposals,
        entity: awarded.proposal,
        expectedVersion: proposal.version,
        events: awarded.events.slice(0, 1),
      },
      {
        collection: IMPROVEMENT_COLLECTIONS.funds,
        entity: awarded.fund,
        expectedVersion: fund.version,
        events: awarded.events.slice(1),
      },
    ]);
    expect(committed.isOk()).toBe(true);
    expect((await repositories.funds.get(fund.id))._unsafeUnwrap().balance).toEqual(cny('400.00'));
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap().map((e) => e.type);
    expect(events).toEqual(['improvement.proposal-awarded', 'improvement.fund-disbursed']);
  });
});
