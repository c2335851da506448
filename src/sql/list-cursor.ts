import type { ScalarValue } from '../shared/index';

/** The position of an item in an ordered list: its order value and its id. */
export type Position = readonly [value: ScalarValue, id: string];

/** A list's order: one field (`id` by default) and a direction; `id` breaks ties. */
export interface Ordering {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

const TAG = 's1';

/** Opaque to callers; it names its ordering so a cursor cannot be replayed on another one. */
export function encodeCursor(ordering: Ordering, position: Position): string {
  return JSON.stringify([TAG, ordering.field, ordering.direction, ...position]);
}

function isScalar(value: unknown): value is ScalarValue {
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}

/** The position a cursor of `ordering` names, or `undefined` for any other text. */
export function decodeCursor(cursor: string, ordering: Ordering): Position | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(cursor);
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 5) return undefined;
  const [tag, field, direction, value, id] = decoded as unknown[];
  if (tag !== TAG || field !== ordering.field || direction !== ordering.direction) return undefined;
  return isScalar(value) && typeof id === 'string' ? [value, id] : undefined;
}
