import { describe, expect, it } from 'vitest';
import { findOverdueHazards, isHazardOverdue, parseSafetyConfig } from '../../src/safety/index';
import { at, day, hazard, rectifiedHazard } from './fixtures';

describe('findOverdueHazards', () => {
  it('§9.1.2 a hazard open after its deadline day is overdue; the deadline day is on time', () => {
    const h = hazard(); // major, due 2026-03-05
    expect(isHazardOverdue(h, day('2026-03-05'))).toBe(false);
    expect(isHazardOverdue(h, day('2026-03-06'))).toBe(true);
    expect(isHazardOverdue(rectifiedHazard(), day('2026-04-01'))).toBe(false);
  });

  it('§9.1.2 judges the date in the dealer zone and lists the longest overdue first', () => {
    const major = hazard(); // due 03-05
    const general = hazard({ id: 'hz_2', riskLevel: 'general', rectificationDueOn: '2026-03-03' });
    const low = hazard({ id: 'hz_3', riskLevel: 'low' }); // due 04-01
    // 2026-03-05T16:30Z is 00:30 on 6 March in Shanghai.
    const list = findOverdueHazards([low, major, general], at('2026-03-05T16:30:00.000Z'));
    expect(list).toEqual([
      {
        hazardId: 'hz_2',
        riskLevel: 'general',
        ownerId: 'emp_ws',
        rectificationDueOn: '2026-03-03',
        daysOverdue: 3,
      },
      {
        hazardId: 'hz_1',
        riskLevel: 'major',
        ownerId: 'emp_ws',
        rectificationDueOn: '2026-03-05',
        daysOverdue: 1,
      },
    ]);
    const utc = parseSafetyConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    expect(findOverdueHazards([major], at('2026-03-05T16:30:00.000Z'), utc)).toEqual([]);
  });
});
