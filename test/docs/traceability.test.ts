import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('docs/traceability.md', () => {
  it('is what the code and the tests say now (npm run docs:traceability regenerates it)', () => {
    const run = spawnSync(process.execPath, ['scripts/traceability.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists the foundation requirements with their API and tests', () => {
    const page = readFileSync(join(root, 'docs', 'traceability.md'), 'utf8');
    for (const id of ['REG-7', 'X-1', 'X-6', '§1.2(7)', '§2.2.3(1)']) {
      const row = page.split('\n').find((line) => line.startsWith(`| ${id} |`));
      expect(row, id).toBeDefined();
      expect(row).toMatch(/`(shared|org|memory)\.\w+`/);
      expect(row).toMatch(/`test\/[\w/.-]+\.test\.ts` \(\d+\)/);
    }
  });
});
