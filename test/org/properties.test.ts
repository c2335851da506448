import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AuditEntryInput,
  CAPABILITIES,
  type CapabilityMap,
  can,
  capabilitiesOf,
  createAuditEntry,
  extendCapabilityMap,
  parseActor,
  parseCapabilityMap,
  parseEmployee,
  parseFieldVisibility,
  parseTeam,
  ROLES,
} from '../../src/org/index';

const roleArb = fc.constantFrom(...ROLES);
const capabilityArb = fc.constantFrom(...CAPABILITIES);

const actorArb: fc.Arbitrary<Actor> = fc
  .record(
    {
      id: fc.constantFrom('emp_1', 'emp_2'),
      roles: fc.uniqueArray(roleArb, { maxLength: 4 }),
      grants: fc.uniqueArray(capabilityArb, { maxLength: 4 }),
    },
    { requiredKeys: ['id', 'roles'] },
  )
  .map((raw) => parseActor(raw)._unsafeUnwrap());

const mapArb: fc.Arbitrary<CapabilityMap> = fc
  .dictionary(roleArb, fc.uniqueArray(capabilityArb, { maxLength: 8 }), { maxKeys: 6 })
  .map((raw) => parseCapabilityMap(raw)._unsafeUnwrap());

/** Arbitrary JSON-ish junk with keys that probe prototypes and real role names. */
const junkArb = fc.anything({
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ...ROLES),
    fc.string({ maxLength: 12 }),
  ),
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  maxDepth: 3,
});

describe('properties', () => {
  it('§2.2.1(2)(3) can is pure: same answer twice and its inputs are not mutated', () => {
    fc.assert(
      fc.property(actorArb, capabilityArb, mapArb, (actor, capability, map) => {
        const actorBefore = structuredClone(actor);
        const mapBefore = structuredClone(map);
        const first = can(actor, capability, map);
        expect(can(actor, capability, map)).toBe(first);
        expect(actor).toEqual(actorBefore);
        expect(map).toEqual(mapBefore);
      }),
    );
  });

  it('§2.2.3(1) can holds exactly when a role in the map or a delegated grant holds the capability', () => {
    fc.assert(
      fc.property(actorArb, capabilityArb, mapArb, (actor, capability, map) => {
        const expected =
          (actor.grants ?? []).includes(capability) ||
          actor.roles.some((role) => (map[role] ?? []).includes(capability));
        expect(can(actor, capability, map)).toBe(expected);
        expect(capabilitiesOf(actor, map).includes(capability)).toBe(expected);
      }),
    );
  });

  it('§2.2.1(2)(3) adding a role never takes a capability away', () => {
    fc.assert(
      fc.property(actorArb, roleArb, capabilityArb, (actor, extra, capability) => {
        const wider: Actor = { ...actor, roles: [...new Set([...actor.roles, extra])] };
        if (can(actor, capability)) expect(can(wider, capability)).toBe(true);
      }),
    );
  });

  it('§2.2.3(1) extendCapabilityMap leaves its base untouched and applies grant then revoke', () => {
    fc.assert(
      fc.property(mapArb, mapArb, mapArb, (base, grant, revoke) => {
        const before = structuredClone(base);
        const next = extendCapabilityMap(base, { grant, revoke });
        expect(base).toEqual(before);
        for (const role of ROLES) {
          for (const capability of CAPABILITIES) {
            const expected =
              !(revoke[role] ?? []).includes(capability) &&
              ((base[role] ?? []).includes(capability) || (grant[role] ?? []).includes(capability));
            expect((next[role] ?? []).includes(capability)).toBe(expected);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('§11.3.1–§11.3.4 parse functions return a Result for any input and never throw', () => {
    fc.assert(
      fc.property(junkArb, (input) => {
        for (const parse of [
          parseCapabilityMap,
          parseFieldVisibility,
          parseActor,
          parseTeam,
          parseEmployee,
          (value: unknown) => createAuditEntry(value as AuditEntryInput),
        ]) {
          const result = parse(input);
          if (result.isErr()) expect(result.error.code).toBe('validation_failed');
        }
      }),
      { numRuns: 300 },
    );
  });
});
