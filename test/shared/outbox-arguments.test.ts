import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, outboxArguments } from '../../src/shared/index';

const reason = (result: { isErr(): boolean; _unsafeUnwrapErr(): unknown }) =>
  (result._unsafeUnwrapErr() as { data: { issues: { path: string; reason: string }[] } }).data
    .issues[0];

describe('outbox argument checks shared by every adapter', () => {
  it('X-5 accepts page sizes from 1 to the maximum and rejects the rest', () => {
    expect(outboxArguments.limit(1)._unsafeUnwrap()).toBe(1);
    expect(outboxArguments.limit(MAX_PAGE_SIZE)._unsafeUnwrap()).toBe(MAX_PAGE_SIZE);
    for (const bad of [0, MAX_PAGE_SIZE + 1, 1.5, '10', null, Number.NaN]) {
      expect(reason(outboxArguments.limit(bad))).toEqual(
        expect.objectContaining({ path: 'limit', reason: 'invalid_value' }),
      );
    }
  });

  it('X-5 reads after a non-negative sequence', () => {
    expect(outboxArguments.after(0).isOk()).toBe(true);
    expect(outboxArguments.after(-1).isErr()).toBe(true);
  });

  it('X-5 marks at most a page of positive sequences at a UTC instant', () => {
    expect(outboxArguments.sequences([1, 2, 3]).isOk()).toBe(true);
    expect(outboxArguments.sequences([0]).isErr()).toBe(true);
    expect(outboxArguments.sequences(new Array(MAX_PAGE_SIZE + 1).fill(1)).isErr()).toBe(true);
    expect(outboxArguments.sequences('1,2').isErr()).toBe(true);
    expect(outboxArguments.at('2026-11-27T05:00:00.000Z').isOk()).toBe(true);
    expect(reason(outboxArguments.at('2026-11-27 05:00'))).toEqual(
      expect.objectContaining({ path: 'at', reason: 'invalid_value' }),
    );
  });
});
