import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONFIGURATION_PAGE,
  DEFAULTS,
  renderConfigurationPage,
  rowPaths,
} from '../../scripts/configuration';
import { SECTIONS } from '../../scripts/configuration-sources';

describe('docs/configuration.md', () => {
  it('is what the code says now (npx tsx scripts/configuration.ts regenerates it)', () => {
    expect(readFileSync(CONFIGURATION_PAGE, 'utf8')).toBe(renderConfigurationPage());
  });

  it('covers every module default configuration, each setting with its clause or regulation', () => {
    expect(SECTIONS.map((section) => section.constant).sort()).toEqual(
      Object.keys(DEFAULTS).sort(),
    );
    for (const section of SECTIONS) {
      const documented = new Set(Object.keys(section.sources));
      for (const path of rowPaths(DEFAULTS[section.constant], documented)) {
        const source = section.sources[path];
        expect(source, `${section.constant}.${path}`).toBeDefined();
        expect(source?.clause).toMatch(/§\d|REG-\d|practice/);
      }
    }
  });

  it('descends into groups and treats money as one value', () => {
    const config = { a: { b: 1, c: { amount: '1.00', currency: 'CNY' } }, d: { e: 2 } };
    expect(rowPaths(config, new Set(['d']))).toEqual(['a.b', 'a.c', 'd']);
  });

  it('REG-7 REG-1 §2.2.5(2) states the defaults the manual and the regulations fix', () => {
    const page = readFileSync(CONFIGURATION_PAGE, 'utf8');
    expect(page).toContain('| `rate` | `"0.13"` | REG-7 |');
    expect(page).toMatch(/second-level-maintenance: 30 d \/ 5,000 km/);
    expect(page).toContain('| `followUp.coverageTarget` | `1` | §2.2.5(2) |');
  });
});
