/**
 * `aftersales`: a car dealership's (4S shop's) after-sales service manual as
 * an embeddable library. Prefer the subpath imports (`aftersales/shared`,
 * `aftersales/org`, …): each is small and loads only what it needs. The root
 * gathers the domain modules as namespaces for hosts that want one import;
 * the storage subpaths (`aftersales/sql`, `aftersales/testing`) are left out
 * because they load optional peer dependencies (database drivers, vitest).
 *
 * @example
 * ```ts
 * import { shared, org } from 'aftersales';
 * shared.validateVin('1M8GDM9AXKP042788').isOk(); // true
 * org.can({ id: 'emp_1', roles: ['service-manager'] }, 'price-list.publish'); // true
 * ```
 * @packageDocumentation
 * @module aftersales
 */

/** KPI functions and chart-ready series (`aftersales/analytics`, manual §11.2). */
export * as analytics from './analytics/index';
/** Capacity, slot search and the appointment lifecycle (`aftersales/appointment`, manual §3.1). */
export * as appointment from './appointment/index';
/** Customers, vehicles, consent, reminders, follow-up calls, surveys and complaints (`aftersales/crm`, manual §7). */
export * as crm from './crm/index';
/** Waste ledger, transfer manifests and energy readings (`aftersales/environment`, manual §10). */
export * as environment from './environment/index';
/** Corrective and preventive actions and proposals (`aftersales/improvement`, manual §12). */
export * as improvement from './improvement/index';
/** The in-memory reference store (`aftersales/memory`). */
export * as memory from './memory/index';
/** Roles, capabilities and `can()` (`aftersales/org`, manual §2, §11.3). */
export * as org from './org/index';
/** Parts catalogue, stock ledger, forecasting and replenishment (`aftersales/parts`, manual §6). */
export * as parts from './parts/index';
/** Price lists, quotes, discounts and explanations (`aftersales/pricing`, manual §5, §4.1(2)). */
export * as pricing from './pricing/index';
/** Three-level inspection, certificates, equipment and quality objectives (`aftersales/quality`, manual §3.4, §4). */
export * as quality from './quality/index';
/** Reception, jobs, supplementary approval, settlement, payment, delivery and comebacks (`aftersales/repair-order`, manual §3.2–§3.5, §4.3). */
export * as repairOrder from './repair-order/index';
/** Safety responsibilities, inspections, incidents, emergency plans and drills (`aftersales/safety`, manual §9). */
export * as safety from './safety/index';
/** The shared kernel (`aftersales/shared`): money, VAT, validators, masking, time, errors, ports. */
export * as shared from './shared/index';
/** Training, certifications, assessments and promotion (`aftersales/training`, manual §8). */
export * as training from './training/index';
