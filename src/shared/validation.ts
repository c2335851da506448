import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod/mini';
import { type ValidationError, type ValidationIssue, validationError } from './errors';

/** Anything zod (full or mini) can parse with. @category shared */
export type ParseSchema<T> = z.ZodMiniType<T, unknown>;

/**
 * Turns zod issues into {@link ValidationIssue}s: a dotted path, zod's issue
 * code as the reason, and zod's message as the detail (zod's messages name
 * expected types and bounds, never the rejected value).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * if (!result.success) issuesFromZod(result.error.issues)[0]?.path; // 'n'
 * ```
 * @category shared
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    reason: issue.code === 'custom' ? customReason(issue) : issue.code,
    detail: issue.message,
  }));
}

function customReason(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { reason?: unknown } }).params;
  return typeof params?.reason === 'string' ? params.reason : 'custom';
}

/**
 * Parses unknown input with a schema into a `Result`. Never throws: a schema
 * that throws inside a refinement is reported as a validation issue too,
 * because a parse function must survive any input.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * parseWith(z.object({ name: z.string() }), JSON.parse('{"name":"x"}')).isOk(); // true
 * ```
 * @returns the parsed value, or `validation_failed` listing every issue
 * @category shared
 */
export function parseWith<T>(
  schema: ParseSchema<T>,
  input: unknown,
  clause?: string,
): Result<T, ValidationError> {
  try {
    const result = schema.safeParse(input);
    return result.success
      ? ok(result.data)
      : err(validationError(issuesFromZod(result.error.issues), clause));
  } catch {
    return err(
      validationError(
        [{ path: '', reason: 'unparseable', detail: 'input could not be read' }],
        clause,
      ),
    );
  }
}
