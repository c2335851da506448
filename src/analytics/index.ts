/**
 * `aftersales/analytics`: KPI functions and chart-ready series (manual §11.2).
 *
 * Every KPI function takes plain entities as unknown input, parses each
 * record with the owning module's schema, judges it with the owning
 * module's own definition (quality, crm, appointment, repair-order, parts)
 * and adds what analytics is for: grouping by dealer month, quarter or year
 * and by team, technician or advisor, exact figures, reports of every record
 * not counted (§11.2.1), plain series and tidy rows (§11.2.3), and targets
 * whose misses become improvement triggers (§11.2.4).
 *
 * @example
 * ```ts
 * import { computeQualityKpis, findKpiMisses, kpiMissTriggers, toKpiRows } from 'aftersales/analytics';
 *
 * const report = computeQualityKpis(rows, { granularity: 'month', by: 'team' })._unsafeUnwrap();
 * report.rejected; // [{ collection: 'orders', index: 7, id: 'ro_88', reasons: ['validation_failed'], … }]
 * const table = toKpiRows(report.series);
 * const triggers = kpiMissTriggers(findKpiMisses(report.series));
 * ```
 * @packageDocumentation
 * @module analytics
 */
export type { AttendanceRecord } from './attendance-schema';
export {
  AttendanceRecordSchema,
  attendedMinutes,
  parseAttendanceRecord,
} from './attendance-schema';
export type { ComplaintKpiOptions } from './complaint-kpi';
export { computeComplaintComplianceKpi } from './complaint-kpi';
export type { AnalyticsConfig, KpiTarget, KpiTargets } from './config';
export {
  AnalyticsConfigSchema,
  defaultAnalyticsConfig,
  KpiTargetSchema,
  parseAnalyticsConfig,
} from './config';
export type { AnalyticsError, AnalyticsOwnError, RecordRejectedError } from './errors';
export { recordRejected } from './errors';
export type { KpiMiss } from './find-kpi-misses';
export { findKpiMisses, kpiMissTriggers } from './find-kpi-misses';
export type { FollowUpKpiOptions } from './follow-up-kpi';
export { computeFollowUpCoverageKpi } from './follow-up-kpi';
export type { InventorySnapshot } from './inventory-snapshot';
export { InventorySnapshotSchema } from './inventory-snapshot';
export type {
  KpiName,
  KpiPoint,
  KpiReport,
  KpiSeries,
  KpiUnit,
  PeriodGranularity,
  RejectedRecord,
  RejectionReason,
} from './kpi';
export {
  KPI_NAMES,
  KpiNameSchema,
  PERIOD_GRANULARITIES,
  PeriodGranularitySchema,
  REJECTION_REASONS,
} from './kpi';
export { analyticsMessages } from './messages';
export type { PartsKpiOptions } from './parts-kpis';
export { computeInventoryTurnoverKpi, computePartsFillRateKpi } from './parts-kpis';
export { periodDays, periodOfDate, periodOfInstant } from './period';
export type { QualityKpiOptions } from './quality-kpis';
export { computeQualityKpis } from './quality-kpis';
export type { RevenueKpiOptions } from './revenue-kpi';
export { computeRevenuePerOrder } from './revenue-kpi';
export type { SatisfactionKpiOptions } from './satisfaction-kpi';
export { computeSatisfactionIndexKpi } from './satisfaction-kpi';
export type { ShowRateKpiOptions } from './show-rate-kpi';
export { computeShowRateKpi } from './show-rate-kpi';
export type { EfficiencyKpiOptions, ProductivityKpiOptions } from './technician-kpis';
export { computeTechnicianEfficiency, computeTechnicianProductivity } from './technician-kpis';
export type { KpiRow } from './to-kpi-rows';
export { toKpiRows } from './to-kpi-rows';
