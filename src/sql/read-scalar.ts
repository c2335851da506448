import type { ScalarValue } from '../shared/index';

/**
 * The value of a top-level field as a list sees it: `null` when absent,
 * `undefined` when it holds an object or an array.
 */
export function readScalar(
  fields: Readonly<Record<string, unknown>>,
  field: string,
): ScalarValue | undefined {
  if (!Object.hasOwn(fields, field)) return null;
  const value = fields[field];
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  return typeof value === 'number' ? value : undefined;
}
