import type { Role } from '../org/index';
import type { TrainingRequirement } from './training-requirement';

const YEARLY = 12;

const basics: TrainingRequirement = {
  topic: 'safety-basics',
  courseCode: null,
  renewalMonths: YEARLY,
};
const operations: TrainingRequirement = {
  topic: 'safety-operations',
  courseCode: null,
  renewalMonths: YEARLY,
};
const emergency: TrainingRequirement = {
  topic: 'emergency-response',
  courseCode: null,
  renewalMonths: YEARLY,
};

const office = [basics, emergency];
const handsOn = [basics, operations, emergency];

/**
 * The default safety-training table (安全生产培训, §9.2): every role needs
 * basic safety knowledge (§9.2.1) and emergency response (§9.2.3); roles
 * that work in the workshop or the parts store also need safe-operation
 * skills for their post (§9.2.2). Each is renewed every 12 months
 * (practice: Chinese workplace-safety training rules ask for yearly
 * re-training of all staff).
 *
 * @example
 * ```ts
 * defaultSafetyRequirements.technician?.map((r) => r.topic); // ['safety-basics', 'safety-operations', 'emergency-response']
 * ```
 * @category training
 * @see §9.2.1–§9.2.3
 */
export const defaultSafetyRequirements: Readonly<
  Partial<Record<Role, readonly TrainingRequirement[]>>
> = {
  'service-manager': office,
  'service-advisor': office,
  'workshop-supervisor': handsOn,
  'team-leader': handsOn,
  technician: handsOn,
  'qc-inspector': handsOn,
  'warehouse-supervisor': handsOn,
  'parts-clerk': handsOn,
  'cs-supervisor': office,
  'cs-agent': office,
  'safety-officer': handsOn,
  trainer: office,
};
