import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsInCode } from '../../scripts/traceability.mjs';
import { moduleLinks, publicExports, root } from './public-api';

const page = () => readFileSync(join(root, 'docs', 'traceability.md'), 'utf8');
const rowOf = (id: string) =>
  page()
    .split('\n')
    .find((line) => line.startsWith(`| ${id} |`));

describe('docs/traceability.md', () => {
  it('is what the code and the tests say now (npm run docs:traceability regenerates it)', () => {
    const run = spawnSync(process.execPath, ['scripts/traceability.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('has a row for every requirement ID that the code cites with @see', () => {
    const cited = [...citationsInCode().keys()];
    expect(cited.length).toBeGreaterThan(80);
    const missing = cited.filter((id) => rowOf(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('links only to symbols that the named module exports, so no API link is broken', () => {
    const exported = publicExports();
    const links = moduleLinks(page());
    expect(links.length).toBeGreaterThan(500);
    const broken = links
      .filter(([module, name]) => !exported.get(module)?.has(name))
      .map(([module, name]) => `${module}!${name}`);
    expect(broken).toEqual([]);
  });

  it('lists the foundation requirements with their API and tests', () => {
    for (const id of ['REG-7', 'X-1', 'X-6', '§1.2(7)', '§2.2.3(1)']) {
      const row = rowOf(id);
      expect(row, id).toBeDefined();
      expect(row).toMatch(/\{@link (shared|org|memory)!\w+ \1\.\w+\}/);
      expect(row).toMatch(/`test\/[\w/.-]+\.test\.ts` \(\d+\)/);
    }
  });

  it('traces the service-day scenario test to the clauses it covers', () => {
    for (const id of ['§3.4(3)', '§5.3(1)', '§2.2.5(2)', 'REG-4']) {
      expect(rowOf(id), id).toContain('`test/scenario/service-day.test.ts`');
    }
  });
});
