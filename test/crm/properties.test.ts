import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeSurveyResponses,
  COMPLAINT_STATUSES,
  type ComplaintCommand,
  complaintBreaches,
  computeFollowUpCoverage,
  createCustomer,
  type FollowUpTask,
  followUpFromDelivery,
  hasConsent,
  parseCrmConfig,
  parseDeliveredRepairOrder,
  recordConsent,
  recordSurveyResponse,
  registerVehicle,
  transitionComplaint,
  transitionFollowUp,
} from '../../src/crm/index';
import { addMinutesToInstant, compareInstants, type Instant } from '../../src/shared/index';
import {
  advisor,
  complaint,
  csAgent,
  csSupervisor,
  customer,
  delivery,
  NAME,
  PHONE,
  publishedSurvey,
  T0,
} from './fixtures';

const minutes = (n: number): Instant => addMinutesToInstant(T0, n);

const feedback = { feedback: { satisfied: true, channel: 'phone' } };
const EXTRA: Partial<Record<ComplaintCommand['type'], object>> = {
  resolve: { summary: '已处理' },
  'record-feedback': feedback,
  close: feedback,
  'link-repair-order': { repairOrderId: 'ro_2' },
};

describe('crm properties', () => {
  it('§7.1.1 §7.2.1 §2.2.5(2) parse functions never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseCrmConfig(input);
        parseDeliveredRepairOrder(input);
        createCustomer(input as never, { id: 'cus_1', at: T0, actor: advisor });
        registerVehicle(input as never, { id: 'veh_1', at: T0, actor: advisor });
        transitionComplaint(complaint(), input as never);
        return true;
      }),
    );
  });

  it('§7.2.3 every index lies in 0–100 and the overall index between the dimension extremes', () => {
    const survey = publishedSurvey();
    const scale = fc.integer({ min: 1, max: 5 });
    const response = fc.tuple(scale, scale, scale, scale, fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 30 }), (rows) => {
        const responses = rows.map(
          (values, i) =>
            recordSurveyResponse(
              survey,
              {
                customerId: 'cus_1',
                channel: 'online',
                answers: ['q1', 'q2', 'q3', 'q4', 'nps'].map((questionId, k) => ({
                  questionId,
                  value: values[k] as number,
                })),
              },
              { id: `rsp_${i}`, at: T0, actor: null },
            )._unsafeUnwrap().response,
        );
        const analysis = analyzeSurveyResponses(survey, responses)._unsafeUnwrap();
        const indexes = analysis.dimensions.map((d) => d.index as number);
        for (const index of indexes) expect(index).toBeGreaterThanOrEqual(0);
        for (const index of indexes) expect(index).toBeLessThanOrEqual(100);
        expect(analysis.overall).toBeGreaterThanOrEqual(Math.min(...indexes) - 0.05);
        expect(analysis.overall).toBeLessThanOrEqual(Math.max(...indexes) + 0.05);
        const nps = analysis.nps;
        expect((nps?.promoters ?? 0) + (nps?.passives ?? 0) + (nps?.detractors ?? 0)).toBe(
          rows.length,
        );
        expect(Math.abs(nps?.score ?? 0)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('§7.1.3 the latest consent entry at or before the instant decides', () => {
    const entry = fc.record({ granted: fc.boolean(), offset: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (entries, probe) => {
          let c = customer({ consents: [] });
          for (const e of entries) {
            c = recordConsent(
              c,
              { purpose: 'marketing', granted: e.granted, channel: 'phone' },
              { at: minutes(e.offset), actor: csAgent },
            )._unsafeUnwrap().customer;
          }
          let expected = false;
          let latest = -1;
          entries.forEach((e) => {
            if (e.offset <= probe && e.offset >= latest) {
              latest = e.offset;
              expected = e.granted;
            }
          });
          expect(hasConsent(c, 'marketing', minutes(probe))).toBe(expected);
        },
      ),
    );
  });

  it('§2.2.5(2) coverage is a share of what was due, and counts add up', () => {
    const outcome = fc.constantFrom('none', 'satisfied', 'unreachable');
    const row = fc.record({ outcome, callAfter: fc.integer({ min: 1, max: 10 * 24 * 60 }) });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 20 }),
        fc.integer({ min: 0, max: 12 * 24 * 60 }),
        (rows, asOfOffset) => {
          const tasks: FollowUpTask[] = rows.map((r, i) => {
            let task = followUpFromDelivery(
              delivery({ repairOrderId: `ro_${i}`, deliveredAt: T0 }),
              {
                id: `fu_${i}`,
              },
            )._unsafeUnwrap().task;
            const at = minutes(r.callAfter);
            if (r.outcome === 'satisfied') {
              task = transitionFollowUp(task, {
                type: 'record-satisfied',
                at,
                actor: csAgent,
              })._unsafeUnwrap().task;
            }
            for (let k = 0; r.outcome === 'unreachable' && k < 3; k += 1) {
              task = transitionFollowUp(task, {
                type: 'record-not-reached',
                at,
                actor: csAgent,
              })._unsafeUnwrap().task;
            }
            return task;
          });
          const { overall } = computeFollowUpCoverage(tasks, {
            from: minutes(-1),
            to: minutes(30 * 24 * 60),
            asOf: minutes(asOfOffset),
          });
          expect(overall.due + overall.pending).toBe(tasks.length);
          expect(overall.due).toBe(
            overall.completedOnTime + overall.completedLate + overall.unreachable + overall.overdue,
          );
          if (overall.coverage !== null) {
            expect(overall.coverage).toBeGreaterThanOrEqual(0);
            expect(overall.coverage).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('§7.3.2 §1.2(7) any command sequence keeps a valid status and never leaks the complaint text', () => {
    const command = fc.constantFrom<ComplaintCommand['type']>(
      'confirm',
      'respond',
      'start-resolving',
      'resolve',
      'record-feedback',
      'close',
      'reopen',
      'link-repair-order',
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 15 }), (types) => {
        let c = complaint({ summary: `${NAME} ${PHONE} 投诉` });
        let at = T0;
        for (const type of types) {
          at = addMinutesToInstant(at, 60);
          const base = { at, actor: type === 'close' ? csSupervisor : csAgent };
          const extra = EXTRA[type] ?? {};
          const result = transitionComplaint(c, { type, ...base, ...extra } as ComplaintCommand);
          if (result.isOk()) {
            c = result.value.complaint;
            const text = JSON.stringify(result.value.events);
            expect(text).not.toContain(PHONE);
            expect(text).not.toContain(NAME);
          } else {
            expect(['invalid_transition', 'complaint_feedback_required']).toContain(
              result.error.code,
            );
          }
          expect(COMPLAINT_STATUSES).toContain(c.status);
        }
      }),
    );
  });

  it('§1.2(4) an ongoing breach only grows with time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        (a, b) => {
          const [early, late] = [minutes(Math.min(a, b)), minutes(Math.max(a, b))];
          const c = complaint({ severity: 'critical' });
          const before = complaintBreaches(c, early);
          const after = complaintBreaches(c, late);
          expect(after.length).toBeGreaterThanOrEqual(before.length);
          for (const breach of before) {
            const same = after.find((x) => x.kind === breach.kind);
            expect(same?.overdueMinutes).toBeGreaterThanOrEqual(breach.overdueMinutes);
            expect(compareInstants(same?.dueBy as Instant, breach.dueBy)).toBe(0);
          }
        },
      ),
    );
  });
});
