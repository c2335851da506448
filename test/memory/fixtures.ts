import {
  type DomainEvent,
  domainEvent,
  type Entity,
  type Id,
  type Instant,
  parseInstant,
  type ValidationError,
  type ValidationIssue,
} from '../../src/shared/index';

/** A small aggregate for storage tests. */
export type Widget = Entity<'Widget'> & {
  readonly name: string;
  readonly status: 'open' | 'closed';
  readonly rank: number | null;
  readonly tags: readonly string[];
};

export const at: Instant = parseInstant('2026-11-27T05:23:45Z')._unsafeUnwrap();

export function widget(id: string, fields: Partial<Omit<Widget, 'id'>> = {}): Widget {
  return {
    id: id as Id<'Widget'>,
    version: 0,
    createdAt: at,
    updatedAt: at,
    name: `widget ${id}`,
    status: 'open',
    rank: 1,
    tags: ['a'],
    ...fields,
  };
}

export function widgetEvent(id: string, verb = 'created'): DomainEvent<string, { id: string }> {
  return domainEvent(`widget.${verb}`, {
    aggregateType: 'widget',
    aggregateId: id,
    at,
    payload: { id },
  });
}

/** The issues of a `validation_failed` error; fails the test for any other error. */
export function issuesOf(error: { code: string; data: unknown }): readonly ValidationIssue[] {
  if (error.code !== 'validation_failed')
    throw new Error(`expected validation_failed, got ${error.code}`);
  return (error as ValidationError).data.issues;
}
