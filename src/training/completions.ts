import type { CalendarDate } from '../shared/index';
import { type AttendanceRecord, isCompletedTraining } from './attendance';
import type { TrainingRequirement } from './training-requirement';
import type { TrainingTopic } from './vocabulary';

/**
 * The employee's completed training on or before `upTo`, oldest first.
 * Internal to training.
 *
 * @example
 * ```ts
 * completedBy(records, 'emp_1', '2026-06-30' as CalendarDate);
 * ```
 * @internal
 * @category training
 */
export function completedBy(
  records: readonly AttendanceRecord[],
  employeeId: string,
  upTo: CalendarDate,
): readonly AttendanceRecord[] {
  return records
    .filter((r) => r.employeeId === employeeId && r.date <= upTo && isCompletedTraining(r))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Whether a record satisfies a requirement: it teaches the topic (when one
 * is named) and is the course (when one is named). Internal to training.
 *
 * @example
 * ```ts
 * satisfies(record, { topic: 'safety-basics', courseCode: null, renewalMonths: 12 });
 * ```
 * @internal
 * @category training
 */
export function satisfies(
  record: AttendanceRecord,
  requirement: Pick<TrainingRequirement, 'topic' | 'courseCode'>,
): boolean {
  const topicOk = requirement.topic === null || record.topics.includes(requirement.topic);
  const courseOk = requirement.courseCode === null || record.courseCode === requirement.courseCode;
  return topicOk && courseOk;
}

/**
 * The first date each topic was completed in `records` (sorted oldest
 * first). Internal to training.
 *
 * @example
 * ```ts
 * firstCompletionByTopic(records).get('company-culture'); // '2026-03-05'
 * ```
 * @internal
 * @category training
 */
export function firstCompletionByTopic(
  records: readonly AttendanceRecord[],
): ReadonlyMap<TrainingTopic, CalendarDate> {
  const first = new Map<TrainingTopic, CalendarDate>();
  for (const record of records) {
    for (const topic of record.topics) if (!first.has(topic)) first.set(topic, record.date);
  }
  return first;
}
