import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import type { RepairOrderErrorOf } from './errors';
import type { Job, PerformedWork } from './job-schema';
import { lineCode } from './steps';
import { offPlanWork } from './work-errors';

function approvedQuantities(job: Job, kind: 'labour' | 'part' | 'fee'): Map<string, Decimal> {
  const totals = new Map<string, Decimal>();
  for (const line of job.lines) {
    if (line.approval !== 'approved' || line.kind !== kind) continue;
    const code = lineCode(line);
    totals.set(code, (totals.get(code) ?? new Decimal(0)).plus(line.quantity));
  }
  return totals;
}

/**
 * Checks reported work against the job's approved plan (严格按照维修方案,
 * §3.3(3)): every operation and fee must be an approved line of the job,
 * and every part an approved part line with at least the quantity fitted
 * (summed over lines of the same part number). Pending (not yet consented)
 * and declined lines do not count (REG-4). Pure.
 *
 * Errors: `off_plan_work`, listing every op code, part number and fee code
 * that is not covered.
 *
 * @param job - the job, with its lines
 * @param work - what the technician reports as done
 * @returns the work when it is all on the plan
 * @example
 * ```ts
 * checkPerformedWork(job, { opCodes: ['OP-BRAKE-F'], parts: [{ partNumber: 'P-DISC-F', quantity: '2' }], feeCodes: [] });
 * // err: off_plan_work { partNumbers: ['P-DISC-F'] } when discs were never approved
 * ```
 * @category repair-order
 * @see §3.3(3)
 * @see REG-4
 */
export function checkPerformedWork(
  job: Job,
  work: PerformedWork,
): Result<PerformedWork, RepairOrderErrorOf<'off_plan_work'>> {
  const labour = approvedQuantities(job, 'labour');
  const fees = approvedQuantities(job, 'fee');
  const parts = approvedQuantities(job, 'part');
  const fitted = new Map<string, Decimal>();
  for (const part of work.parts) {
    fitted.set(
      part.partNumber,
      (fitted.get(part.partNumber) ?? new Decimal(0)).plus(part.quantity),
    );
  }
  const opCodes = work.opCodes.filter((code) => !labour.has(code));
  const feeCodes = work.feeCodes.filter((code) => !fees.has(code));
  const partNumbers = [...fitted].flatMap(([partNumber, quantity]) => {
    const approved = parts.get(partNumber);
    return approved === undefined || quantity.greaterThan(approved) ? [partNumber] : [];
  });
  if (opCodes.length + feeCodes.length + partNumbers.length === 0) return ok(work);
  return err(offPlanWork(job.id, { opCodes, partNumbers, feeCodes }));
}
