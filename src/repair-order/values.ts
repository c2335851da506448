import * as z from 'zod/mini';

/**
 * Small value schemas shared by the repair-order schemas. Internal: the
 * public schemas that use them are what hosts see.
 */

/** Longest free text kept verbatim (customer concerns, findings). */
export const MAX_TEXT_LENGTH = 2000;
/** Longest short text (titles, labels, references). */
export const MAX_LABEL_LENGTH = 200;

/** Free text, 1–2000 characters, kept exactly as entered. */
export const TextSchema = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));

/** A short label, 1–200 characters. */
export const LabelSchema = z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_LENGTH));

/**
 * Op codes, part numbers, certification codes and quantities use the pricing
 * module's schemas, so order lines can be quoted without conversion.
 */
export { CodeSchema, QuantitySchema } from '../pricing/index';

/** A reading in whole kilometres, 0–9,999,999. */
export const KilometresSchema = z.int().check(z.gte(0), z.lte(9_999_999));

/** A zod check rejecting arrays that repeat an item (reason `duplicate`). */
export function uniqueItems<T>() {
  return z.refine<T[]>((items) => new Set(items).size === items.length, {
    message: 'must not repeat an item',
    params: { reason: 'duplicate' },
  });
}
