import { describe, expect, it } from 'vitest';
import { checkOnboarding, parseTrainingConfig } from '../../src/training/index';
import { attended, day, noonOn } from './fixtures';

const hire = { employeeId: 'emp_new', hiredOn: day('2026-03-02') };

const culture = attended('emp_new', '2026-03-03', 'onboarding', ['company-culture']);
const product = attended('emp_new', '2026-03-10', 'onboarding', ['product-knowledge']);
const processLate = attended('emp_new', '2026-04-06', 'onboarding', ['service-process']);
const processOnTime = attended('emp_new', '2026-03-20', 'onboarding', ['service-process']);

describe('checkOnboarding', () => {
  it('§8.1.1 culture, products and service process within one month of hire is complete', () => {
    const status = checkOnboarding(hire, [culture, product, processOnTime], noonOn('2026-05-01'));
    expect(status).toEqual({
      employeeId: 'emp_new',
      hiredOn: '2026-03-02',
      dueOn: '2026-04-02',
      status: 'complete',
      completedOn: '2026-03-20',
      missingTopics: [],
    });
  });

  it('§8.1.1 within the month with topics left is in progress; after it, overdue', () => {
    const early = checkOnboarding(hire, [culture, product], noonOn('2026-03-15'));
    expect(early).toMatchObject({ status: 'in-progress', missingTopics: ['service-process'] });
    expect(checkOnboarding(hire, [culture, product], noonOn('2026-04-02')).status).toBe(
      'in-progress',
    );
    const late = checkOnboarding(hire, [culture, product], noonOn('2026-04-03'));
    expect(late).toMatchObject({ status: 'overdue', completedOn: null });
  });

  it('§8.1.1 finishing after the month is completed-late, not complete', () => {
    const status = checkOnboarding(hire, [culture, product, processLate], noonOn('2026-04-30'));
    expect(status).toMatchObject({ status: 'completed-late', completedOn: '2026-04-06' });
  });

  it('§8.1.1 only onboarding sessions count: not in-service, absences, failed tests, other people or the future', () => {
    const records = [
      culture,
      product,
      attended('emp_new', '2026-03-12', 'in-service', ['service-process']),
      attended('emp_new', '2026-03-13', 'onboarding', ['service-process'], { status: 'absent' }),
      attended('emp_new', '2026-03-14', 'onboarding', ['service-process'], { passed: false }),
      attended('emp_other', '2026-03-15', 'onboarding', ['service-process']),
      attended('emp_new', '2026-03-30', 'onboarding', ['service-process']),
    ];
    const status = checkOnboarding(hire, records, noonOn('2026-03-20'));
    expect(status).toMatchObject({ status: 'in-progress', missingTopics: ['service-process'] });
  });

  it('§8.1.1 the period and the topics are configurable', () => {
    const config = parseTrainingConfig({
      onboarding: { withinMonths: 2, requiredTopics: ['company-culture', 'communication'] },
    })._unsafeUnwrap();
    const status = checkOnboarding(hire, [culture], noonOn('2026-04-20'), config);
    expect(status).toMatchObject({
      dueOn: '2026-05-02',
      status: 'in-progress',
      missingTopics: ['communication'],
    });
  });
});
