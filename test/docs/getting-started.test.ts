import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './public-api';

/**
 * The guide's ```ts blocks, joined, are one program. It runs here against the
 * sources (`aftersales/<module>` → `src/<module>/index.ts`) and must type-check,
 * so the first code a host copies works.
 */
function guideProgram(): string {
  const guide = readFileSync(join(root, 'docs', 'getting-started.md'), 'utf8');
  const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code ?? '');
  return `${blocks.join('\n').replace(/from 'aftersales\/([\w-]+)'/g, (_, module: string) => {
    const path = join(root, 'src', module, 'index.ts').replaceAll('\\', '/');
    return `from '${path.replace(/\.ts$/, '')}'`;
  })}
export const observed = {
  total: estimate.total.amount,
  status: order.status,
  refused: refused?.code ?? null,
  events: pending.map((event) => event.type),
};
`;
}

const folder = join(root, '.tmp', 'docs-check');
const file = join(folder, 'getting-started.ts');

describe('docs/getting-started.md', () => {
  it('X-5 X-6 its code runs: a store, a quote, a repair order driven by commands, the outbox', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, guideProgram());
    const { observed } = await import(/* @vite-ignore */ file);
    expect(observed).toEqual({
      total: '178.00',
      status: 'diagnosis',
      refused: 'invalid_transition',
      events: [
        'repair-order.opened',
        'repair-order.estimate-attached',
        'repair-order.custody-recorded',
        'repair-order.reception-acknowledged',
      ],
    });
  });

  it('its code type-checks against the public API', () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, guideProgram());
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      verbatimModuleSyntax: true,
      noUncheckedIndexedAccess: true,
      types: ['node'],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);
});
