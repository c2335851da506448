import { ActorSchema } from '../org/index';
import { InstantSchema } from '../shared/index';

/**
 * Fields every repair-order command carries: when it happens (`at`, also
 * the instant stamped on its events) and who does it (`actor`, checked with
 * org `authorize` where the manual ties the step to a role). Internal: the
 * command schemas spread it.
 */
export const commandBase = { at: InstantSchema, actor: ActorSchema };
