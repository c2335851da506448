import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_KINDS,
  departmentLabel,
  ROLES,
  roleLabel,
  TEAM_KINDS,
  teamKindLabel,
} from '../../src/org/index';

describe('labels', () => {
  it('§2.1.1–§2.1.5 every role has a distinct zh-CN and en label', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const labels = ROLES.map((role) => roleLabel(role, locale));
      expect(new Set(labels).size).toBe(ROLES.length);
      expect(labels.every((label) => label.length > 0)).toBe(true);
    }
    expect(roleLabel('workshop-supervisor', 'zh-CN')).toBe('车间主管');
    expect(roleLabel('service-manager', 'en')).toBe('Service manager');
  });

  it('§2.1.1–§2.1.5 every department has a label in both locales', () => {
    for (const kind of DEPARTMENT_KINDS) {
      expect(departmentLabel(kind, 'zh-CN')).toMatch(/\p{Script=Han}/u);
      expect(departmentLabel(kind, 'en')).toMatch(/^[A-Z][a-z -]+$/);
    }
    expect(departmentLabel('reception', 'zh-CN')).toBe('接待前台');
  });

  it('§2.1.3 team kinds carry the manual group names (机修组, 钣金组)', () => {
    expect(teamKindLabel('mechanical', 'zh-CN')).toBe('机修组');
    expect(teamKindLabel('body', 'zh-CN')).toBe('钣金组');
    for (const kind of TEAM_KINDS) expect(teamKindLabel(kind, 'en')).toMatch(/team$/);
  });
});
