import { describe, expect, it } from 'vitest';
import {
  can,
  defaultCapabilityMap,
  extendCapabilityMap,
  parseCapabilityMap,
} from '../../src/org/index';
import { actor, hostileInputs, reasons } from './fixtures';

describe('parseCapabilityMap', () => {
  it('§2.2.1(2)(3) a valid host map is accepted, frozen, and changes what can() answers', () => {
    const map = parseCapabilityMap({
      'service-manager': ['price-list.publish'],
      'service-advisor': ['price-list.publish', 'customer.create'],
    })._unsafeUnwrap();
    expect(Object.isFrozen(map)).toBe(true);
    expect(Object.isFrozen(map['service-advisor'])).toBe(true);
    const advisor = actor('emp_sa', ['service-advisor']);
    expect(can(advisor, 'price-list.publish')).toBe(false);
    expect(can(advisor, 'price-list.publish', map)).toBe(true);
  });

  it('§2.2.1(2)(3) an unknown role is rejected at its own path', () => {
    const result = parseCapabilityMap({ 'night-guard': ['job.dispatch'], owner: [] });
    expect(reasons(result).sort()).toEqual(['night-guard:unknown_role', 'owner:unknown_role']);
  });

  it('§2.2.1(2)(3) an unknown or repeated capability is rejected with its path', () => {
    expect(reasons(parseCapabilityMap({ 'team-leader': ['job.dispatch', 'job.delete'] }))).toEqual([
      'team-leader.1:invalid_value',
    ]);
    expect(
      reasons(parseCapabilityMap({ 'team-leader': ['job.dispatch', 'job.dispatch'] })),
    ).toEqual(['team-leader:duplicate']);
  });

  it('§2.2.1(2)(3) a __proto__ key is an unknown role, not a way to reach the prototype', () => {
    const result = parseCapabilityMap(JSON.parse('{"__proto__": ["price-list.publish"]}'));
    expect(reasons(result)).toEqual(['__proto__:unknown_role']);
    expect(({} as Record<string, unknown>)['price-list.publish']).toBeUndefined();
  });

  it('§2.2.1(2)(3) a huge unknown key is echoed truncated', () => {
    const issues = parseCapabilityMap({ ['k'.repeat(10_000)]: [] })._unsafeUnwrapErr().data.issues;
    expect(issues[0]?.path.length).toBeLessThanOrEqual(65);
  });

  it('§2.2.1(2)(3) hostile input returns validation_failed and never throws', () => {
    for (const input of hostileInputs) {
      const result = parseCapabilityMap(input);
      expect(result.isErr()).toBe(true);
      expect(result._unsafeUnwrapErr().code).toBe('validation_failed');
    }
  });

  it('§2.2.1(2)(3) a prototype-less object (e.g. from a config loader) is read like a plain one', () => {
    const raw = Object.assign(Object.create(null), { 'team-leader': ['job.dispatch'] });
    const map = parseCapabilityMap(raw)._unsafeUnwrap();
    expect(can(actor('emp_l', ['team-leader']), 'job.dispatch', map)).toBe(true);
  });

  it('§2.2.1(2)(3) an empty map is valid and grants nothing', () => {
    const map = parseCapabilityMap({})._unsafeUnwrap();
    expect(can(actor('emp_sm', ['service-manager']), 'price-list.publish', map)).toBe(false);
  });
});

describe('extendCapabilityMap', () => {
  it('§2.2.3(1) grants and revokes against a base without changing the base', () => {
    const map = extendCapabilityMap(defaultCapabilityMap, {
      grant: { 'team-leader': ['job.dispatch'] },
      revoke: { 'cs-agent': ['appointment.manage'] },
    });
    expect(can(actor('emp_l', ['team-leader']), 'job.dispatch', map)).toBe(true);
    expect(can(actor('emp_c', ['cs-agent']), 'appointment.manage', map)).toBe(false);
    expect(can(actor('emp_c', ['cs-agent']), 'complaint.handle', map)).toBe(true);
    expect(defaultCapabilityMap['team-leader']).not.toContain('job.dispatch');
    expect(defaultCapabilityMap['cs-agent']).toContain('appointment.manage');
  });

  it('§2.2.3(1) revoke wins over grant, lists never repeat, and empty roles are dropped', () => {
    const map = extendCapabilityMap(
      { trainer: ['drill.record'] },
      {
        grant: { trainer: ['drill.record', 'incident.manage'] },
        revoke: { trainer: ['incident.manage', 'drill.record'] },
      },
    );
    expect(map).toEqual({});
    const grown = extendCapabilityMap(
      { trainer: ['drill.record'] },
      { grant: { trainer: ['drill.record'] } },
    );
    expect(grown.trainer).toEqual(['drill.record']);
    expect(Object.isFrozen(grown)).toBe(true);
  });
});
