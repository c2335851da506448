import type { Result } from 'neverthrow';
import { parseWith, type ValidationError } from '../shared/index';
import { type DiscountRule, DiscountRuleSchema } from './discount-schema';
import { type PriceListVersion, PriceListVersionSchema } from './price-list-schema';
import { type QuoteRequest, QuoteRequestSchema } from './quote-request-schema';
import { type Quote, QuoteSchema } from './schema';

/**
 * Parses unknown input (a request body) into a {@link QuoteRequest}. Never
 * throws. Negative or zero quantities, malformed codes and coupons, unknown
 * currencies and over-long text are all `validation_failed`.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseQuoteRequest({ id: 'q_1', at: '2026-03-01T02:00:00.000Z', currency: 'CNY', vehicleClass: 'B',
 *   lines: [{ kind: 'part', partNumber: 'P-1', quantity: '-1' }] }).isErr(); // true
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export function parseQuoteRequest(input: unknown): Result<QuoteRequest, ValidationError> {
  return parseWith(QuoteRequestSchema, input);
}

/**
 * Parses unknown input into a {@link PriceListVersion}. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parsePriceListVersion(JSON.parse(stored)).isOk();
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function parsePriceListVersion(input: unknown): Result<PriceListVersion, ValidationError> {
  return parseWith(PriceListVersionSchema, input);
}

/**
 * Parses unknown input into a {@link DiscountRule}. Never throws.
 *
 * Errors: `validation_failed` (e.g. a coupon valid until before it starts,
 * reason `window_reversed`; a bulk rule with no criterion, `criterion_missing`).
 *
 * @example
 * ```ts
 * parseDiscountRule({ id: 'r1' }).isErr(); // true
 * ```
 * @category pricing
 * @see §5.3(4)
 */
export function parseDiscountRule(input: unknown): Result<DiscountRule, ValidationError> {
  return parseWith(DiscountRuleSchema, input);
}

/**
 * Parses a stored quote back into a {@link Quote}. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseQuote(JSON.parse(JSON.stringify(quote))).isOk(); // true
 * ```
 * @category pricing
 * @see §5.1(2)
 */
export function parseQuote(input: unknown): Result<Quote, ValidationError> {
  return parseWith(QuoteSchema, input);
}
