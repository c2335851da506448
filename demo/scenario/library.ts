import type * as analytics from '../../src/analytics/index';
import type * as appointment from '../../src/appointment/index';
import type * as crm from '../../src/crm/index';
import type * as improvement from '../../src/improvement/index';
import type * as org from '../../src/org/index';
import type * as parts from '../../src/parts/index';
import type * as pricing from '../../src/pricing/index';
import type * as quality from '../../src/quality/index';
import type * as repairOrder from '../../src/repair-order/index';
import type * as shared from '../../src/shared/index';

/**
 * The library as a host sees it: one namespace per public subpath. The demo
 * passes `import * as … from 'aftersales/<module>'` (the built package); the
 * scenario test passes the source modules. Only types come from `src/` here.
 */
export interface ServiceDayLibrary {
  readonly shared: typeof shared;
  readonly org: typeof org;
  readonly appointment: typeof appointment;
  readonly pricing: typeof pricing;
  readonly repairOrder: typeof repairOrder;
  readonly quality: typeof quality;
  readonly parts: typeof parts;
  readonly crm: typeof crm;
  readonly analytics: typeof analytics;
  readonly improvement: typeof improvement;
}

export type { Actor } from '../../src/org/index';
export type { Quote } from '../../src/pricing/index';
export type { InspectionReport } from '../../src/quality/index';
export type { RepairOrder } from '../../src/repair-order/index';
export type { Instant, Money, Store } from '../../src/shared/index';
