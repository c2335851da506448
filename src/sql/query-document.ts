import type { ScalarValue } from '../shared/index';

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what PostgreSQL cannot store.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL `text` and `jsonb` cannot hold U+0000 or unpaired surrogates;
 * the query copy replaces them with U+FFFD. The entity's own JSON text keeps
 * them (escaped), so reads return them unchanged; only filters and ordering
 * on such a string see the replacement.
 */
export function toStorableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

function queryValue(value: unknown): unknown {
  if (typeof value === 'string') return toStorableText(value);
  if (Array.isArray(value)) return [];
  // Nested objects are never queried; an empty one keeps the field's JSON type for `field_not_scalar`.
  return typeof value === 'object' && value !== null ? {} : value;
}

/**
 * The `jsonb` query copy of an entity on PostgreSQL: its top-level fields
 * only (lists filter and order by top-level scalars), with strings made
 * storable and objects and arrays reduced to `{}` and `[]`.
 */
export function queryDocument(fields: Readonly<Record<string, unknown>>): string {
  const document: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    if (fields[key] !== undefined) document[key] = queryValue(fields[key]);
  }
  return JSON.stringify(document);
}

/** A filter value as the PostgreSQL query copy holds it. */
export function queryScalar(value: ScalarValue): ScalarValue {
  return typeof value === 'string' ? toStorableText(value) : value;
}
