import { Decimal } from '../_lib/decimal';
import { type Instant, instantToEpochMs } from '../shared/index';
import type { Job } from './job-schema';

/**
 * Actual versus flat-rate time of one job: the flat-rate hours of its
 * approved labour lines (工时定额 × quantity), the minutes clocked, and the
 * efficiency (flat-rate hours ÷ clocked hours, 2 decimals; `null` before
 * any time is clocked). Hours and ratios are decimal strings.
 *
 * @example
 * ```ts
 * const time: JobTime = summarizeJobTime(job);
 * time.efficiency; // '1.20' when 1.2 flat-rate hours took 60 minutes
 * ```
 * @category repair-order
 * @see X-2
 */
export interface JobTime {
  readonly jobId: string;
  readonly flatRateHours: string;
  readonly clockedMinutes: number;
  readonly clockedHours: string;
  readonly efficiency: string | null;
  /** Technicians still clocked on (their time counts up to `now` when given). */
  readonly openClockOns: number;
}

/**
 * Summarises a job's clocked time against its flat-rate hours. Open
 * clock-ons count up to `now` when it is given, otherwise not at all. Pure.
 *
 * @param job - the job
 * @param now - optional instant to count open clock-ons up to
 * @example
 * ```ts
 * summarizeJobTime(job).clockedMinutes; // 75
 * ```
 * @category repair-order
 * @see X-2
 */
export function summarizeJobTime(job: Job, now?: Instant): JobTime {
  const flatRate = job.lines.reduce(
    (total, line) =>
      line.kind === 'labour' && line.approval === 'approved'
        ? total.plus(new Decimal(line.flatRateHours).times(line.quantity))
        : total,
    new Decimal(0),
  );
  let milliseconds = 0;
  let openClockOns = 0;
  for (const clocking of job.clockings) {
    const end = clocking.offAt ?? now;
    if (clocking.offAt === null) openClockOns += 1;
    if (end === undefined) continue;
    milliseconds += Math.max(0, instantToEpochMs(end) - instantToEpochMs(clocking.onAt));
  }
  const clockedMinutes = Math.floor(milliseconds / 60_000);
  const clockedHours = new Decimal(clockedMinutes).dividedBy(60);
  return {
    jobId: job.id,
    flatRateHours: flatRate.toFixed(),
    clockedMinutes,
    clockedHours: clockedHours.toFixed(2),
    efficiency: clockedMinutes === 0 ? null : flatRate.dividedBy(clockedHours).toFixed(2),
    openClockOns,
  };
}
