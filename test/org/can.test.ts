import { describe, expect, it } from 'vitest';
import {
  type Actor,
  authorize,
  type Capability,
  can,
  capabilitiesOf,
  parseCapabilityMap,
  ROLES,
  type Role,
} from '../../src/org/index';
import { actor } from './fixtures';

function holders(capability: Capability): Role[] {
  return ROLES.filter((role) => can(actor(`emp_${role}`, [role]), capability));
}

describe('can', () => {
  it('§2.2.1(2)(3) only the service manager publishes price lists, changes policy and approves discount overrides', () => {
    expect(holders('price-list.publish')).toEqual(['service-manager']);
    expect(holders('policy.change')).toEqual(['service-manager']);
    expect(holders('discount-override.approve')).toEqual(['service-manager']);
  });

  it('§2.2.1(3) refusing a price-list publication cites §2.2.1(3) and names capability, actor and roles', () => {
    const advisor = actor('emp_7', ['service-advisor']);
    const error = authorize(advisor, 'price-list.publish')._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'forbidden',
      clause: '§2.2.1(3)',
      data: { capability: 'price-list.publish', actorId: 'emp_7', roles: ['service-advisor'] },
    });
  });

  it('§5.2(3) only the service manager approves charging an item missing from the published list', () => {
    expect(holders('price-override.approve')).toEqual(['service-manager']);
    expect(
      authorize(actor('emp_1', ['cs-supervisor']), 'price-override.approve')._unsafeUnwrapErr()
        .clause,
    ).toBe('§5.2(3)');
  });

  it('§2.2.3(1) only the workshop supervisor dispatches technicians to jobs', () => {
    expect(holders('job.dispatch')).toEqual(['workshop-supervisor']);
    const supervisor = actor('emp_ws', ['workshop-supervisor']);
    expect(authorize(supervisor, 'job.dispatch')._unsafeUnwrap()).toBe(supervisor);
    const refusal = authorize(actor('emp_sm', ['service-manager']), 'job.dispatch');
    expect(refusal._unsafeUnwrapErr().clause).toBe('§2.2.3(1)');
  });

  it('§2.2.3(1) an undefined map or clause means the manual’s, so callers pass an optional host map through', () => {
    const supervisor = actor('emp_ws', ['workshop-supervisor']);
    expect(authorize(supervisor, 'job.dispatch', { map: undefined }).isOk()).toBe(true);
    const refusal = authorize(actor('emp_sm', ['service-manager']), 'job.dispatch', {
      map: undefined,
      clause: undefined,
    });
    expect(refusal._unsafeUnwrapErr().clause).toBe('§2.2.3(1)');
  });

  it('§2.2.3(1) a delegated grant lets another employee dispatch', () => {
    const standIn = actor('emp_lead', ['team-leader'], ['job.dispatch']);
    expect(can(standIn, 'job.dispatch')).toBe(true);
    expect(authorize(standIn, 'job.dispatch').isOk()).toBe(true);
    // The grant is for that step only.
    expect(can(standIn, 'team.manage')).toBe(false);
    expect(can(actor('emp_lead', ['team-leader']), 'job.dispatch')).toBe(false);
  });

  it('§2.2.5(4) only the CS supervisor closes complaints and publishes surveys; agents handle complaints', () => {
    expect(holders('complaint.close')).toEqual(['cs-supervisor']);
    expect(holders('survey.publish')).toEqual(['cs-supervisor']);
    const agent = actor('emp_cs', ['cs-agent']);
    expect(can(agent, 'complaint.handle')).toBe(true);
    expect(authorize(agent, 'complaint.close')._unsafeUnwrapErr().clause).toBe('§2.2.5(4)');
  });

  it('§2.2.2(3) reception creates and updates customers and vehicles; the workshop does not', () => {
    const advisor = actor('emp_sa', ['service-advisor']);
    for (const capability of [
      'customer.create',
      'customer.update',
      'vehicle.create',
      'vehicle.update',
    ] as const) {
      expect(can(advisor, capability)).toBe(true);
      expect(can(actor('emp_t', ['technician']), capability)).toBe(false);
    }
    expect(holders('customer.create')).toEqual(['service-advisor']);
  });

  it('§2.2.2(3) an employee with several roles holds the union of their capabilities', () => {
    const both = actor('emp_x', ['technician', 'qc-inspector']);
    expect(can(both, 'inspection.self-check')).toBe(true);
    expect(can(both, 'inspection.final-check')).toBe(true);
    const held = capabilitiesOf(both);
    expect(held).toContain('job.perform');
    expect(held).toContain('completion-certificate.issue');
    expect(held).not.toContain('inspection.team-check');
  });

  it('§2.2.3(1) capabilitiesOf includes delegated grants once, in catalogue order', () => {
    const standIn = actor('emp_lead', ['team-leader'], ['job.dispatch']);
    const held = capabilitiesOf(standIn);
    expect(held.filter((capability) => capability === 'job.dispatch')).toHaveLength(1);
    expect(held.indexOf('job.dispatch')).toBeLessThan(held.indexOf('job.perform'));
  });

  it('§2.2.1(2)(3) a host map replaces the defaults: roles it leaves out hold nothing', () => {
    const map = parseCapabilityMap({ 'team-leader': ['job.dispatch'] })._unsafeUnwrap();
    expect(can(actor('emp_l', ['team-leader']), 'job.dispatch', map)).toBe(true);
    expect(can(actor('emp_w', ['workshop-supervisor']), 'job.dispatch', map)).toBe(false);
    const refusal = authorize(actor('emp_w', ['workshop-supervisor']), 'job.dispatch', { map });
    expect(refusal._unsafeUnwrapErr().data.capability).toBe('job.dispatch');
  });

  it('§2.2.3(1) authorize cites the caller-supplied clause when one is given', () => {
    const refusal = authorize(actor('emp_t', ['technician']), 'job.dispatch', {
      clause: '§3.3(2)',
    });
    expect(refusal._unsafeUnwrapErr().clause).toBe('§3.3(2)');
  });

  it('§2.2.1(2)(3) an unparsed actor with prototype-named roles is refused, not crashed', () => {
    const hostile = {
      id: 'emp_h',
      roles: ['constructor', '__proto__', 'toString'],
    } as unknown as Actor;
    expect(can(hostile, 'price-list.publish')).toBe(false);
    expect(capabilitiesOf(hostile)).toEqual([]);
  });

  it('§2.2.1(2)(3) an actor with no roles holds only its grants', () => {
    expect(capabilitiesOf(actor('emp_0', []))).toEqual([]);
    expect(capabilitiesOf(actor('emp_0', [], ['drill.record']))).toEqual(['drill.record']);
  });
});
