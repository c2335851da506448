/**
 * Parts (配件管理): the catalogue with REG-3 grades and supersession, the
 * append-only stock ledger with idempotent movements, moving-average cost,
 * reservations and lost sales (§6.2.2, X-4), demand forecasting and reorder
 * points (§6.2.1, §6.2.2), replenishment planning with purchase suggestions
 * by supplier and shortage / overstock alerts (§6.1.1), stocktakes with
 * supervisor approval (§6.2.3), ABC classification, slow-moving and obsolete
 * stock, inventory turnover and the parts fill rate (§6.2.4, §2.2.4(3));
 * procurement: supplier scorecards, purchase contracts, purchase orders,
 * goods receipt and the three-way match before payment (§6.1.2–§6.1.5);
 * parts sales: customer classes with price levels and credit limits, sales
 * order review, shipments, receivables with aging (§6.3).
 *
 * @example
 * ```ts
 * import { buildCatalogue, emptyLedger, postMovements, stockLevel, planReplenishment } from 'aftersales/parts';
 *
 * const catalogue = buildCatalogue(parts)._unsafeUnwrap();
 * const { ledger } = postMovements(emptyLedger(), [receipt, issue], { catalogue })._unsafeUnwrap();
 * stockLevel(ledger, 'part_1', 'wh-main').available; // '9'
 * const plan = planReplenishment(planningInputs)._unsafeUnwrap();
 * plan.orders; // suggested purchase lines grouped by supplier
 * ```
 * @packageDocumentation
 * @module parts
 */
export type { AbcClass, AbcEntry, UsageValue } from './abc';
export { classifyAbc, computeUsageValues } from './abc';
export type { Catalogue, CatalogueError } from './catalogue';
export { buildCatalogue, findPart, resolveCurrentPart, supersedePart } from './catalogue';
export type { ForecastMethod, PartsConfig } from './config';
export {
  defaultPartsConfig,
  FORECAST_METHODS,
  PartsConfigSchema,
  parsePartsConfig,
} from './config';
export type { DemandPeriod } from './demand-history';
export { buildDailyDemand, toReplenishmentPart } from './demand-history';
export type { PartsError, PartsErrorCode, PartsErrorData, PartsRuleError } from './errors';
export { partsError } from './errors';
export type { PartsEvent, PartsEventPayloads, PartsEventType, StockReference } from './events';
export type { FillRate } from './fill-rate';
export { computeFillRate } from './fill-rate';
export type { DailyDemand, DemandForecast } from './forecast';
export { forecastDemand } from './forecast';
export type {
  IdempotencyKey,
  LocationId,
  PartId,
  ReservationId,
  StocktakeId,
  SupplierId,
} from './ids';
export {
  IdempotencyKeySchema,
  LocationIdSchema,
  PartIdSchema,
  ReservationIdSchema,
  StocktakeIdSchema,
  SupplierIdSchema,
} from './ids';
export { inverseNormalCdf } from './inverse-normal';
export type { StockLedger, StockLevel, StockPosition } from './ledger';
export { emptyLedger, stockLevel, syncPartCost } from './ledger';
export type { LedgerChange, LedgerContext } from './ledger-draft';
export type { LostSale, LostSaleInput } from './lost-sale-schema';
export { LostSaleInputSchema, LostSaleSchema } from './lost-sale-schema';
export { transitionStocktake } from './machine';
export { partsMessages } from './messages';
export type {
  MovementInput,
  MovementType,
  ParsedMovementInput,
  StockMovement,
} from './movement-schema';
export {
  MOVEMENT_TYPES,
  MovementInputSchema,
  REFERENCE_KINDS,
  StockMovementSchema,
  StockReferenceSchema,
} from './movement-schema';
export type { OpenStocktakeInput, StocktakeTransition } from './open-stocktake';
export { OpenStocktakeInputSchema, openStocktake } from './open-stocktake';
export { planReplenishment } from './plan-replenishment';
export { postMovement, postMovements, replayLedger } from './post-movements';
export { postStocktakeAdjustments, stocktakeAdjustments } from './post-stocktake';
// Procurement (§6.1.2–§6.1.5): suppliers, contracts, purchase orders, goods receipt, three-way match.
export * from './procurement/index';
export type { Quantity, Unit } from './quantity';
export {
  fitsUnit,
  PositiveQuantitySchema,
  QuantitySchema,
  UNITS,
  UnitSchema,
  unitDecimals,
} from './quantity';
export { recordLostSale } from './record-lost-sale';
export type { ReorderPointInput } from './reorder-point';
export { reorderPoint, suggestOrderQuantity } from './reorder-point';
export type {
  OverstockAlert,
  PurchaseSuggestionLine,
  ReplenishmentPart,
  ReplenishmentPlan,
  ShortageAlert,
  SupplierSuggestion,
} from './replenishment-types';
export type {
  LostSaleRepository,
  PageRequest,
  PartRepository,
  PartsRepositories,
  StockMovementRepository,
  StocktakeRepository,
} from './repository';
export { createPartsRepositories, PARTS_COLLECTIONS } from './repository';
export type {
  ConsumeReservationInput,
  ReleaseReservationInput,
  Reservation,
  ReserveStockInput,
} from './reservation-schema';
export {
  ConsumeReservationInputSchema,
  ReleaseReservationInputSchema,
  ReservationSchema,
  ReserveStockInputSchema,
} from './reservation-schema';
export { consumeReservation, releaseReservation, reserveStock } from './reservations';
// Parts sales (§6.3): customer classes, sales orders with review, shipments, receivables.
export * from './sales/index';
export type { Part, PartGrade, PartNumber, ReplenishmentSettings } from './schema';
export {
  PART_GRADES,
  PartGradeSchema,
  PartNumberSchema,
  PartSchema,
  parsePart,
  ReplenishmentSettingsSchema,
  UnitCostSchema,
} from './schema';
export type { IdlePart, SlowMovingReport } from './slow-moving';
export { findSlowMovingParts } from './slow-moving';
export type { ParsedStocktakeCommand, StocktakeCommand } from './stocktake-commands';
export { StocktakeCommandSchema } from './stocktake-commands';
export type { Stocktake, StocktakeLine } from './stocktake-schema';
export { STOCKTAKE_STATUSES, StocktakeLineSchema, StocktakeSchema } from './stocktake-schema';
export type { InventoryTurnover } from './turnover';
export {
  computeCostOfIssues,
  computeInventoryTurnover,
  computeInventoryValue,
} from './turnover';
export type { InstantRange } from './usage';
