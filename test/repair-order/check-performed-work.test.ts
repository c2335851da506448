import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPerformedWork } from '../../src/repair-order/check-performed-work';
import { approved, at, brakeJob, inDiagnosis, step, tech } from './fixtures';

const job = () => {
  const found = approved().jobs[0];
  if (found === undefined) throw new Error('fixture');
  return found;
};

describe('checkPerformedWork', () => {
  it('§3.3(3) accepts work within the approved plan, including fewer parts than approved', () => {
    expect(
      checkPerformedWork(job(), { opCodes: ['OP-BRAKE-F'], parts: [], feeCodes: [] }).isOk(),
    ).toBe(true);
    const twoLines = {
      ...job(),
      lines: [
        ...job().lines,
        { ...job().lines[1], id: 'ln_9' } as ReturnType<typeof job>['lines'][number],
      ],
    };
    expect(
      checkPerformedWork(twoLines, {
        opCodes: [],
        parts: [{ partNumber: 'P-PAD-F', quantity: '2' }],
        feeCodes: [],
      }).isOk(),
    ).toBe(true);
  });

  it('§3.3(3) REG-4 lines not yet approved by the customer do not count as plan', () => {
    const pending = step(inDiagnosis(), {
      type: 'add-job',
      at: at(10),
      actor: tech,
      job: brakeJob(),
    }).jobs[0];
    if (pending === undefined) throw new Error('fixture');
    const result = checkPerformedWork(pending, {
      opCodes: ['OP-BRAKE-F'],
      parts: [],
      feeCodes: [],
    });
    expect(result._unsafeUnwrapErr().data.opCodes).toEqual(['OP-BRAKE-F']);
  });

  it('§3.3(3) property: any code outside the plan is reported, and only those', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('OP-BRAKE-F', 'OP-X', 'OP-Y'), { maxLength: 5 }),
        (opCodes) => {
          const result = checkPerformedWork(job(), { opCodes, parts: [], feeCodes: [] });
          const offPlan = opCodes.filter((code) => code !== 'OP-BRAKE-F');
          if (offPlan.length === 0) expect(result.isOk()).toBe(true);
          else expect(result._unsafeUnwrapErr().data.opCodes).toEqual(offPlan);
        },
      ),
    );
  });
});
