/**
 * `aftersales`: a car dealership's (4S shop's) after-sales service manual as
 * an embeddable library. Prefer the subpath imports (`aftersales/shared`,
 * `aftersales/org`, …): each is small and loads only what it needs. The root
 * gathers them as namespaces for hosts that want one import.
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

/** The in-memory reference store (`aftersales/memory`). */
export * as memory from './memory/index';
/** Roles, capabilities and `can()` (`aftersales/org`, manual §2, §11.3). */
export * as org from './org/index';
/** The shared kernel (`aftersales/shared`): money, VAT, validators, masking, time, errors, ports. */
export * as shared from './shared/index';
