import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../../shared/index';
import { SupplierIdSchema } from '../ids';
import { QuantitySchema } from '../quantity';
import { RatioSchema } from './decimal-text';
import { SupplierEvaluationIdSchema } from './ids';

/**
 * Supplier grades (供应商等级) from the periodic scorecard: A, B and C may
 * receive orders; D is disqualified (淘汰).
 *
 * @example
 * ```ts
 * SUPPLIER_GRADES.at(-1); // 'D'
 * ```
 * @category parts
 * @see §6.1.2
 */
export const SUPPLIER_GRADES = Object.freeze(['A', 'B', 'C', 'D'] as const);

/**
 * One of {@link SUPPLIER_GRADES}.
 *
 * @example
 * ```ts
 * const grade: SupplierGrade = 'B';
 * ```
 * @category parts
 * @see §6.1.2
 */
export type SupplierGrade = (typeof SUPPLIER_GRADES)[number];

const TextSchema = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * Schema of a supplier (供应商): a code, the company's name, whether it is
 * `active` or `suspended` (暂停供货资格), its latest grade (`null` before the
 * first evaluation) and the period that grade covers.
 *
 * @example
 * ```ts
 * SupplierSchema.parse({
 *   id: 'sup_faw', code: 'FAW-01', name: '一汽配件公司', status: 'active',
 *   grade: null, lastEvaluation: null, suspendReason: null,
 *   version: 0, createdAt: at, updatedAt: at,
 * });
 * ```
 * @category parts
 * @see §6.1.2
 */
export const SupplierSchema = z.object({
  ...entityBaseShape,
  id: SupplierIdSchema,
  code: TextSchema(40),
  name: TextSchema(200),
  status: z.enum(['active', 'suspended']),
  grade: z.nullable(z.enum(SUPPLIER_GRADES)),
  lastEvaluation: z.nullable(
    z.object({
      evaluationId: SupplierEvaluationIdSchema,
      periodStart: CalendarDateSchema,
      periodEnd: CalendarDateSchema,
      score: RatioSchema,
    }),
  ),
  suspendReason: z.nullable(TextSchema(500)),
});

/**
 * A parsed {@link SupplierSchema}.
 *
 * @example
 * ```ts
 * const supplier: Supplier = parseSupplier(json)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 */
export type Supplier = z.infer<typeof SupplierSchema>;

/**
 * Parses a stored supplier. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseSupplier({ ...supplier, grade: 'E' }).isErr(); // true
 * ```
 * @category parts
 * @see §6.1.2
 */
export function parseSupplier(input: unknown): Result<Supplier, ValidationError> {
  return parseWith(SupplierSchema, input);
}

const ComponentShape = { score: z.nullable(RatioSchema) };

/**
 * Schema of a supplier evaluation (供应商评估记录): the period, each
 * component with the figures behind it, the weighted score and the grade.
 * Quality = accepted ÷ received (accepted + rejected) quantity; delivery =
 * lines delivered in full by their promised date ÷ lines promised in the
 * period; price = reference value ÷ paid value of the lines ordered in the
 * period, at most 1. A component without data scores `null` and its weight
 * is shared out among the others.
 *
 * @example
 * ```ts
 * const evaluation = SupplierEvaluationSchema.parse(stored);
 * evaluation.grade; // 'A'
 * ```
 * @category parts
 * @see §6.1.2
 */
export const SupplierEvaluationSchema = z.object({
  ...entityBaseShape,
  id: SupplierEvaluationIdSchema,
  supplierId: SupplierIdSchema,
  periodStart: CalendarDateSchema,
  periodEnd: CalendarDateSchema,
  quality: z.object({ ...ComponentShape, accepted: QuantitySchema, received: QuantitySchema }),
  delivery: z.object({
    ...ComponentShape,
    onTimeLines: z.int().check(z.gte(0)),
    promisedLines: z.int().check(z.gte(0)),
  }),
  price: z.object({
    ...ComponentShape,
    referenceValue: MoneySchema,
    paidValue: MoneySchema,
    pricedLines: z.int().check(z.gte(0)),
  }),
  score: RatioSchema,
  grade: z.enum(SUPPLIER_GRADES),
  evaluatedBy: EmployeeIdSchema,
  evaluatedAt: InstantSchema,
});

/**
 * A parsed {@link SupplierEvaluationSchema}.
 *
 * @example
 * ```ts
 * const { score, grade }: SupplierEvaluation = evaluation;
 * ```
 * @category parts
 * @see §6.1.2
 */
export type SupplierEvaluation = z.infer<typeof SupplierEvaluationSchema>;
