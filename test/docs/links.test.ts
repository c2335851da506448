import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleLinks, publicExports, root } from './public-api';

const documents = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];

/** The text outside fenced code blocks, where links are live. */
const prose = (file: string) => readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');

/** GitHub-style heading anchors of a markdown file. */
function anchorsOf(file: string): Set<string> {
  return new Set(
    [...readFileSync(file, 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) =>
      (heading ?? '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

/** The link targets of a document that point into the repository. */
function relativeLinks(file: string): string[] {
  return [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target ?? '')
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

function resolves(file: string, target: string): boolean {
  const [path = '', anchor] = target.split('#');
  const resolved = path === '' ? file : join(dirname(file), path);
  if (!existsSync(resolved)) return false;
  return anchor === undefined || !resolved.endsWith('.md') || anchorsOf(resolved).has(anchor);
}

describe('links in README.md and docs/*.md', () => {
  it('every relative link points at a file (and heading) that exists', () => {
    const broken = documents.flatMap((file) =>
      relativeLinks(file)
        .filter((target) => !resolves(file, target))
        .map((target) => `${relative(root, file)} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('every {@link module!symbol} names a symbol that module exports', () => {
    const exported = publicExports();
    const broken = documents.flatMap((file) =>
      moduleLinks(prose(file))
        .filter(([module, name]) => !exported.get(module)?.has(name))
        .map(([module, name]) => `${relative(root, file)} → ${module}!${name}`),
    );
    expect(broken).toEqual([]);
  });

  it('the README links every guide of the documentation site', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const guide of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
      expect(readme, guide).toContain(`(docs/${guide})`);
    }
  });
});
