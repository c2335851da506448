import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type DomainEvent,
  DomainEventSchema,
  domainEvent,
  EventTypeSchema,
  parseDomainEvent,
  parseInstant,
} from '../../src/shared/index';

const at = parseInstant('2026-11-27T05:23:45Z')._unsafeUnwrap();
const valid = {
  type: 'repair-order.delivered',
  aggregateType: 'repair-order',
  aggregateId: 'ro_1',
  at,
  payload: { advisorId: 'emp_7', lines: 3 },
};

describe('domain events', () => {
  it('X-5 domainEvent builds a frozen event that keeps its literal type', () => {
    const event = domainEvent('repair-order.delivered', {
      aggregateType: 'repair-order',
      aggregateId: 'ro_1',
      at,
      payload: { advisorId: 'emp_7' },
    });
    expectTypeOf(event.type).toEqualTypeOf<'repair-order.delivered'>();
    expectTypeOf(event).toExtend<DomainEvent>();
    expect(event).toEqual({ ...valid, payload: { advisorId: 'emp_7' } });
    expect(Object.isFrozen(event)).toBe(true);
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it.each(['repair-order.delivered', 'parts.stock-issued', 'crm.follow-up.completed'])(
    'X-5 accepts the event type %s',
    (type) => {
      expect(EventTypeSchema.safeParse(type).success).toBe(true);
    },
  );

  it.each([
    'delivered',
    'RepairOrder.Delivered',
    'repair_order.delivered',
    'repair-order.',
    '.x',
    'a'.repeat(101),
  ])('X-5 rejects the event type %s', (type) => {
    expect(EventTypeSchema.safeParse(type).success).toBe(false);
  });

  it('X-5 parses a stored event, normalising its instant and dropping unknown keys', () => {
    const parsed = parseDomainEvent({
      ...valid,
      at: '2026-11-27T05:23:45Z',
      extra: 1,
    })._unsafeUnwrap();
    expect(parsed).toEqual(valid);
  });

  it.each([
    ['a payload holding a Date', { ...valid, payload: { at: new Date(0) } }],
    ['a missing payload', { ...valid, payload: undefined }],
    ['an instant with an offset', { ...valid, at: '2026-11-27T13:23:45+08:00' }],
    ['a PascalCase aggregate type', { ...valid, aggregateType: 'RepairOrder' }],
    ['an id with spaces', { ...valid, aggregateId: 'ro 1' }],
    ['null', null],
  ])('X-5 rejects an event with %s', (_, input) => {
    const error = parseDomainEvent(input)._unsafeUnwrapErr();
    expect(error.code).toBe('validation_failed');
    expect(error.clause).toBe('X-5');
  });

  it('X-5 reports a non-JSON payload by reason', () => {
    const result = DomainEventSchema.safeParse({ ...valid, payload: { n: Number.NaN } });
    expect(result.success).toBe(false);
    const issues = parseDomainEvent({ ...valid, payload: { n: Number.NaN } })._unsafeUnwrapErr()
      .data.issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'payload', reason: 'not_json_safe' }),
    );
  });
});
