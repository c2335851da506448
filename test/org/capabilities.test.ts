import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  CAPABILITY_CLAUSES,
  CapabilitySchema,
  defaultCapabilityMap,
  ROLES,
  rolesWithCapability,
} from '../../src/org/index';

describe('capabilities', () => {
  it('§2.2.1(2)(3) capability names are unique noun.verb ids', () => {
    expect(new Set(CAPABILITIES).size).toBe(CAPABILITIES.length);
    for (const capability of CAPABILITIES) {
      expect(capability).toMatch(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
    }
    expect(CapabilitySchema.safeParse('complaint.delete').success).toBe(false);
  });

  it('§2.2.1(2)(3) every capability names the manual clause that ties it to a role', () => {
    expect(Object.keys(CAPABILITY_CLAUSES).sort()).toEqual([...CAPABILITIES].sort());
    for (const clause of Object.values(CAPABILITY_CLAUSES)) expect(clause).toMatch(/^§\d/);
    expect(CAPABILITY_CLAUSES['price-list.publish']).toBe('§2.2.1(3)');
    expect(CAPABILITY_CLAUSES['job.dispatch']).toBe('§2.2.3(1)');
    expect(CAPABILITY_CLAUSES['complaint.close']).toBe('§2.2.5(4)');
  });

  it('§2.2.1(2)(3) the default map covers every role and gives every capability to some role', () => {
    for (const role of ROLES) expect(defaultCapabilityMap[role]?.length ?? 0).toBeGreaterThan(0);
    for (const capability of CAPABILITIES) {
      expect(rolesWithCapability(capability).length, capability).toBeGreaterThan(0);
    }
  });

  it('§2.2.1(2)(3) the default map is frozen, so no host can change it for everyone', () => {
    expect(Object.isFrozen(defaultCapabilityMap)).toBe(true);
    expect(Object.isFrozen(defaultCapabilityMap['service-manager'])).toBe(true);
    expect(() => {
      (defaultCapabilityMap['service-advisor'] as string[]).push('price-list.publish');
    }).toThrow(TypeError);
  });

  it('§2.2.3(3) §3.4(1) §3.4(2) §3.4(3) each inspection level belongs to its own role', () => {
    expect(rolesWithCapability('inspection.self-check')).toEqual(['team-leader', 'technician']);
    expect(rolesWithCapability('inspection.team-check')).toEqual(['team-leader']);
    expect(rolesWithCapability('inspection.final-check')).toEqual(['qc-inspector']);
  });

  it('§6.1.4 §6.2.3 the warehouse supervisor approves purchase orders and stock adjustments; parts clerks move stock', () => {
    expect(rolesWithCapability('purchase-order.approve')).toEqual(['warehouse-supervisor']);
    expect(rolesWithCapability('stock-adjustment.approve')).toEqual(['warehouse-supervisor']);
    expect(rolesWithCapability('stock.move')).toEqual(['warehouse-supervisor', 'parts-clerk']);
  });

  it('§8.1.2 §9.3.1 trainers record attendance; safety officers manage incidents, everyone reports them', () => {
    expect(rolesWithCapability('training-attendance.record')).toEqual(['trainer']);
    expect(rolesWithCapability('incident.manage')).toEqual(['safety-officer']);
    expect(rolesWithCapability('incident.report')).toEqual([...ROLES]);
  });
});
