import { describe, expect, it } from 'vitest';
import { defaultQualityConfig, openInspection, parseInspection } from '../../src/quality/index';
import { hostileInputs, job, T0 } from './fixtures';

const input = (jobs: unknown[]) => ({ id: 'insp_1', repairOrderId: 'ro_1', jobs, at: T0 });

describe('openInspection', () => {
  it('§3.4(1) §2.2.3(3) opens every job at the self-check and emits inspection-opened', () => {
    const { state, events } = openInspection(
      input([job(), job({ jobId: 'job_2' })]),
    )._unsafeUnwrap();
    expect(state).toMatchObject({
      status: 'awaiting-self-check',
      version: 0,
      reworkCount: 0,
      report: null,
    });
    expect(state.jobs.map((j) => j.stage)).toEqual(['self-check', 'self-check']);
    expect(events).toEqual([
      {
        type: 'quality.inspection-opened',
        aggregateType: 'quality-inspection',
        aggregateId: 'insp_1',
        at: T0,
        payload: { repairOrderId: 'ro_1', jobIds: ['job_1', 'job_2'] },
      },
    ]);
    expect(parseInspection(JSON.parse(JSON.stringify(state)))._unsafeUnwrap()).toEqual(state);
  });

  it('§3.4(3) marks jobs of the configured road-test categories as needing one', () => {
    const { state } = openInspection(
      input([job(), job({ jobId: 'job_2', repairCategory: 'whole-vehicle-overhaul' })]),
    )._unsafeUnwrap();
    expect(state.jobs.map((j) => j.needsRoadTest)).toEqual([false, true]);
    const none = { ...defaultQualityConfig, roadTestCategories: [] };
    const relaxed = openInspection(
      input([job({ repairCategory: 'whole-vehicle-overhaul' })]),
      none,
    );
    expect(relaxed._unsafeUnwrap().state.jobs[0]?.needsRoadTest).toBe(false);
  });

  it('rejects repeated jobs and bad input with typed errors', () => {
    expect(openInspection(input([job(), job()]))._unsafeUnwrapErr()).toMatchObject({
      code: 'job_duplicate',
      data: { jobId: 'job_1' },
    });
    expect(openInspection(input([]))._unsafeUnwrapErr().code).toBe('validation_failed');
    const badCategory = openInspection(input([job({ repairCategory: 'tuning' })]));
    expect(badCategory._unsafeUnwrapErr().data).toMatchObject({
      issues: [expect.objectContaining({ path: 'jobs.0.repairCategory' })],
    });
    for (const hostile of hostileInputs) {
      expect(openInspection(hostile)._unsafeUnwrapErr().code).toBe('validation_failed');
      expect(parseInspection(hostile).isErr()).toBe(true);
    }
  });
});
