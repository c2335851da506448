import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  checkPromotionEligibility,
  describePromotionBlocker,
  parseTrainingConfig,
  recordAssessment,
} from '../../src/training/index';
import { certification, manager, noonOn, T0 } from './fixtures';

const SCORES = { S: '95', A: '85', B: '75', C: '65', D: '10' } as const;

function rated(label: string, band: keyof typeof SCORES, employeeId = 'emp_t1'): Assessment {
  const value = SCORES[band];
  return recordAssessment(
    {
      employeeId,
      period: { kind: 'quarterly', label },
      values: {
        'service-quality': value,
        'customer-satisfaction': value,
        'training-participation': value,
      },
    },
    { id: `asm_${employeeId}_${label}`, at: T0, actor: manager },
  )._unsafeUnwrap().assessment;
}

const hv = certification('emp_t1', 'EV-HV', '2025-06-01');
const when = noonOn('2026-05-10'); // in 2026-Q2, not yet assessed

describe('checkPromotionEligibility', () => {
  it('§8.3.4 two consecutive quarters at A or better make an intermediate technician eligible', () => {
    const result = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-junior',
      assessments: [rated('2025-Q4', 'A'), rated('2026-Q1', 'S')],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(result).toEqual({
      employeeId: 'emp_t1',
      ladderId: 'technician',
      currentRung: 'technician-junior',
      nextRung: 'technician-intermediate',
      eligible: true,
      reasons: [],
    });
  });

  it('§8.3.4 a B in the run or a missing quarter breaks it, and the reason says where', () => {
    const withB = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-junior',
      assessments: [rated('2025-Q3', 'S'), rated('2025-Q4', 'B'), rated('2026-Q1', 'A')],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(withB.eligible).toBe(false);
    expect(withB.reasons).toEqual([
      {
        code: 'not_enough_ratings',
        required: 2,
        streak: 1,
        minBand: 'A',
        periodKind: 'quarterly',
        brokenAt: { period: '2025-Q4', band: 'B' },
      },
    ]);
    const gap = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-junior',
      assessments: [rated('2025-Q3', 'S'), rated('2026-Q1', 'S')],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(gap.reasons[0]).toMatchObject({
      streak: 1,
      brokenAt: { period: '2025-Q4', band: null },
    });
    const stale = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-junior',
      assessments: [rated('2025-Q3', 'S'), rated('2025-Q4', 'S')],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(stale.reasons[0]).toMatchObject({
      streak: 0,
      brokenAt: { period: '2026-Q1', band: null },
    });
  });

  it('§8.3.4 the senior rung needs a valid EV-HV certification (§8.1.3); an expired one does not count', () => {
    const ratings = [rated('2025-Q4', 'A'), rated('2026-Q1', 'A')];
    const without = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-intermediate',
      assessments: ratings,
      certifications: [certification('emp_t1', 'EV-HV', '2023-01-01', '2025-01-01', 'crt_old')],
      at: when,
    })._unsafeUnwrap();
    expect(without.reasons).toEqual([{ code: 'certification_missing', certification: 'EV-HV' }]);
    const withCert = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-intermediate',
      assessments: ratings,
      certifications: [hv],
      at: when,
    })._unsafeUnwrap();
    expect(withCert).toMatchObject({ eligible: true, nextRung: 'technician-senior' });
  });

  it('§8.3.4 a rung can ask for more ratings; the top rung and unknown rungs are explained', () => {
    const master = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-senior',
      assessments: [rated('2025-Q3', 'S'), rated('2025-Q4', 'S'), rated('2026-Q1', 'S')],
      certifications: [hv],
      at: when,
    })._unsafeUnwrap();
    expect(master.reasons).toMatchObject([{ code: 'not_enough_ratings', required: 4, streak: 3 }]);
    const top = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-master',
      assessments: [],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(top).toMatchObject({
      eligible: false,
      nextRung: null,
      reasons: [{ code: 'top_of_ladder' }],
    });
    expect(
      checkPromotionEligibility({
        employeeId: 'emp_t1',
        currentRung: 'pilot',
        assessments: [],
        certifications: [],
        at: when,
      })._unsafeUnwrapErr(),
    ).toEqual({ code: 'career_rung_unknown', clause: '§8.3.4', data: { rung: 'pilot' } });
  });

  it('§8.3.4 other employees’ ratings and the current quarter once assessed are handled', () => {
    const result = checkPromotionEligibility({
      employeeId: 'emp_t1',
      currentRung: 'technician-junior',
      assessments: [rated('2026-Q1', 'S', 'emp_x'), rated('2026-Q1', 'A'), rated('2026-Q2', 'A')],
      certifications: [],
      at: when,
    })._unsafeUnwrap();
    expect(result.eligible).toBe(true);
  });

  it('§8.3.4 the rule (period kind, count, band) is configurable', () => {
    const config = parseTrainingConfig({
      promotion: { periodKind: 'annual', consecutiveRatings: 1, minBand: 'B' },
    })._unsafeUnwrap();
    const annual = recordAssessment(
      {
        employeeId: 'emp_t1',
        period: { kind: 'annual', label: '2025' },
        values: {
          'service-quality': '75',
          'customer-satisfaction': '75',
          'training-participation': '75',
        },
      },
      { id: 'asm_y', at: T0, actor: manager },
    )._unsafeUnwrap().assessment;
    const result = checkPromotionEligibility(
      {
        employeeId: 'emp_t1',
        currentRung: 'advisor-junior',
        assessments: [annual],
        certifications: [],
        at: when,
      },
      config,
    )._unsafeUnwrap();
    expect(result).toMatchObject({ eligible: true, nextRung: 'advisor-senior' });
  });

  it('§8.3.4 every reason is explained in zh-CN and en', () => {
    expect(
      describePromotionBlocker({ code: 'certification_missing', certification: 'EV-HV' }, 'zh-CN'),
    ).toBe('晋升下一职级须持有有效的 EV-HV 资质（§8.3.4）');
    const ratings = {
      code: 'not_enough_ratings',
      required: 2,
      streak: 1,
      minBand: 'A',
      periodKind: 'quarterly',
      brokenAt: { period: '2025-Q4', band: 'B' },
    } as const;
    expect(describePromotionBlocker(ratings, 'en')).toBe(
      'Needs 2 consecutive quarterly ratings of A or better; has 1 (2025-Q4 was rated B) (§8.3.4)',
    );
    expect(describePromotionBlocker(ratings, 'zh-CN')).toContain('2025-Q4 评级为 B');
    expect(
      describePromotionBlocker(
        { ...ratings, brokenAt: { period: '2026-Q1', band: null } },
        'zh-CN',
      ),
    ).toContain('2026-Q1 没有考核结果');
    expect(describePromotionBlocker({ code: 'top_of_ladder' }, 'en')).toContain('top rung');
  });
});
