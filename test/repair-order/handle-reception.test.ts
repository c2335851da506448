import { describe, expect, it } from 'vitest';
import {
  advisor,
  at,
  brakeEstimate,
  delivered,
  inDiagnosis,
  opened,
  paidWithPass,
  run,
  step,
  tech,
} from './fixtures';

const acknowledge = {
  type: 'acknowledge-reception',
  at: at(7),
  actor: advisor,
  method: 'paper-signature',
};

describe('reception (§3.2)', () => {
  it('§3.2(3) the customer cannot acknowledge the form, so no work can start, without an estimate and a promised time', () => {
    const error = run(opened(), acknowledge)._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'estimate_required',
      clause: '§3.2(3)',
      data: { missing: ['estimate', 'promised-time'] },
    });
  });

  it('§3.2(3) attaching the estimate from pricing.quote and the promised time records both', () => {
    const estimate = brakeEstimate();
    const result = run(opened(), {
      type: 'attach-estimate',
      at: at(5),
      actor: advisor,
      estimate,
      promisedAt: at(300),
    })._unsafeUnwrap();
    expect(result.state.reception.estimate).toEqual(estimate);
    expect(result.state.reception.promisedAt).toBe(at(300));
    expect(result.events[0]?.payload).toMatchObject({ estimateId: 'q_est', total: estimate.total });
  });

  it('§3.2(3) only a role that prepares estimates may attach one', () => {
    const error = run(opened(), {
      type: 'attach-estimate',
      at: at(5),
      actor: tech,
      estimate: brakeEstimate(),
      promisedAt: at(300),
    })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'forbidden', clause: '§3.2(3)' });
  });

  it('§3.2(4) the form can be edited until the customer acknowledges it, then it is frozen', () => {
    const edited = step(opened(), {
      type: 'update-reception',
      at: at(2),
      actor: advisor,
      concerns: [{ text: '还有方向盘抖动' }],
      walkAround: {
        odometerKm: 48300,
        fuelEighths: 4,
        damageMarks: [],
        warningLights: ['abs'],
        valuables: [],
      },
    });
    expect(edited.reception.concerns).toEqual([{ text: '还有方向盘抖动' }]);
    expect(edited.reception.walkAround.warningLights).toEqual(['abs']);

    const frozen = inDiagnosis();
    const error = run(frozen, {
      type: 'update-reception',
      at: at(50),
      actor: advisor,
      concerns: [{ text: '改口' }],
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'reception_form_frozen',
      clause: '§3.2(4)',
      data: { acknowledgedAt: at(7) },
    });
    const again = run(frozen, {
      type: 'attach-estimate',
      at: at(50),
      actor: advisor,
      estimate: brakeEstimate(),
      promisedAt: at(400),
    });
    expect(again._unsafeUnwrapErr().code).toBe('reception_form_frozen');
  });

  it('§3.2(4) acknowledgement records how the customer signed and moves the order to diagnosis', () => {
    const order = inDiagnosis();
    expect(order.reception.acknowledgement).toEqual({ at: at(7), method: 'electronic-signature' });
    expect(order.status).toBe('diagnosis');
  });

  it('§3.2(2) an edited walk-around may not go below the vehicle’s last recorded reading', () => {
    const error = run(opened(), {
      type: 'update-reception',
      at: at(2),
      actor: advisor,
      walkAround: {
        odometerKm: 40000,
        fuelEighths: 4,
        damageMarks: [],
        warningLights: [],
        valuables: [],
      },
      lastRecordedOdometerKm: 45000,
    })._unsafeUnwrapErr();
    expect(error.code).toBe('odometer_below_last_reading');
  });

  it('§3.2(5) records key and document custody, and delivery hands them back (§3.5(4))', () => {
    const order = inDiagnosis();
    expect(order.custody).toEqual({
      keys: 1,
      documents: ['vehicle-licence'],
      receivedAt: at(6),
      receivedBy: advisor.id,
      returnedAt: null,
      returnedBy: null,
    });
    const done = delivered();
    expect(done.custody?.returnedAt).toBe(at(140));
    expect(done.custody?.returnedBy).toBe(advisor.id);
  });

  it('§3.2(5) without recorded custody the car cannot be delivered', () => {
    const order = { ...paidWithPass(), custody: null };
    expect(run(order, { type: 'deliver', at: at(140), actor: advisor })._unsafeUnwrapErr()).toEqual(
      {
        code: 'custody_missing',
        clause: '§3.2(5)',
        data: { repairOrderId: 'ro_1' },
      },
    );
  });
});
