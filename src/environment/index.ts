/**
 * `aftersales/environment`: environment and energy management (环境与能源管理,
 * §10). Energy meter readings that never run backwards unless a meter was
 * replaced or rolled over, consumption per dealer period and intensity per
 * repair order (§10.2(1)); waste categories with their hazardous-waste class
 * (§10.3(1)); the waste ledger from generation through on-site storage to
 * transfer to a licensed handler with a transfer manifest (转移联单), the
 * disposal route of each lot and the recycling rate (§10.3(2)–(5)); the
 * one-year storage limit for hazardous waste (REG-6).
 *
 * @example
 * ```ts
 * import { listHazardousStorageDue, transitionWasteLot } from 'aftersales/environment';
 *
 * const due = listHazardousStorageDue(lots, { on: today })._unsafeUnwrap();
 * due.filter((status) => status.state === 'overdue'); // hazardous lots stored longer than a year
 * transitionWasteLot(lot, transferCommand); // refused without a manifest number or a valid licence
 * ```
 * @packageDocumentation
 * @module environment
 */
export type { RecordContext } from './command-context';
export type { EnvironmentConfig } from './config';
export {
  defaultEnvironmentConfig,
  EnvironmentConfigSchema,
  parseEnvironmentConfig,
  wasteCategoryRule,
} from './config';
export { createEnvironmentRepositories, ENVIRONMENT_COLLECTIONS } from './create-repositories';
export type {
  EnergyConsumptionSummary,
  EnergyIntensity,
  KindConsumption,
  MeterConsumption,
} from './energy-consumption';
export { computeEnergyIntensity, summarizeEnergyConsumption } from './energy-consumption';
export type {
  EnvironmentError,
  HandlerLicenceInvalidError,
  HandlerNotLicensedError,
  HazardousClassRequiredError,
  InvalidTransitionError,
  TransferManifestRequiredError,
} from './errors';
export {
  handlerLicenceInvalid,
  handlerNotLicensed,
  hazardousClassRequired,
  invalidTransition,
  transferManifestRequired,
} from './errors';
export type {
  EnvironmentAggregateType,
  EnvironmentEvent,
  EnvironmentEventPayloads,
  EnvironmentEventType,
} from './events';
export type { MeterId, MeterReadingId, WasteHandlerId, WasteLotId } from './ids';
export {
  MeterIdSchema,
  MeterReadingIdSchema,
  WasteHandlerIdSchema,
  WasteLotIdSchema,
} from './ids';
export { environmentMessages } from './messages';
export type {
  MeterReadingDecreasedError,
  MeterReadingMismatchError,
  MeterReadingTimeInvalidError,
  MeterResetInvalidError,
} from './meter-errors';
export {
  meterReadingDecreased,
  meterReadingMismatch,
  meterReadingTimeInvalid,
  meterResetInvalid,
} from './meter-errors';
export type { Meter, MeterKind, MeterReading, MeterReset, MeterUnit } from './meter-schema';
export {
  METER_KINDS,
  METER_UNITS,
  MeterKindSchema,
  MeterReadingSchema,
  MeterResetSchema,
  MeterSchema,
  parseMeter,
  parseMeterReading,
} from './meter-schema';
export type { Period } from './period';
export { PeriodSchema } from './period';
export type { MeasuredQuantity } from './quantity';
export { MeasuredQuantitySchema, PositiveQuantitySchema } from './quantity';
export type { MeterReadingArguments, MeterReadingError } from './record-meter-reading';
export { MeterReadingArgumentsSchema, recordMeterReading } from './record-meter-reading';
export { recordWasteLot } from './record-waste-lot';
export type { RecyclingSummary } from './recycling-rate';
export { computeRecyclingRate } from './recycling-rate';
export type { MeterInput } from './register-meter';
export { MeterInputSchema, registerMeter } from './register-meter';
export type { WasteHandlerLicence } from './renew-waste-handler-licence';
export { renewWasteHandlerLicence } from './renew-waste-handler-licence';
export type {
  EnvironmentLookupError,
  EnvironmentRepositories,
  MeterReadingRepository,
  MeterRepository,
  WasteHandlerRepository,
  WasteLotRepository,
} from './repository';
export type { StorageLimitStatus } from './storage-limit';
export { hazardousStorageDeadline, listHazardousStorageDue } from './storage-limit';
export type { WasteLedgerLine, WasteLedgerReport } from './summarize-waste-ledger';
export { summarizeWasteLedger } from './summarize-waste-ledger';
export type { WasteCategory, WasteCategoryRule } from './waste-category';
export {
  defaultWasteCategoryRules,
  HazardousWasteClassSchema,
  HazardousWasteCodeSchema,
  WASTE_CATEGORIES,
  WasteCategoryRuleSchema,
  WasteCategorySchema,
  wasteCategoryLabel,
} from './waste-category';
export type { WasteLotCommand } from './waste-commands';
export { WasteLotCommandSchema } from './waste-commands';
export type { WasteHandler, WasteHandlerInput } from './waste-handler';
export {
  checkHandlerLicence,
  parseWasteHandler,
  registerWasteHandler,
  WasteHandlerInputSchema,
  WasteHandlerSchema,
} from './waste-handler';
export type { DisposalRoute, WasteLot, WasteLotInput, WasteLotStatus } from './waste-lot-schema';
export {
  DISPOSAL_ROUTES,
  DisposalRouteSchema,
  ManifestNumberSchema,
  parseWasteLot,
  WASTE_LOT_STATUSES,
  WasteLotInputSchema,
  WasteLotSchema,
  WasteLotStatusSchema,
} from './waste-lot-schema';
export type {
  WasteLotTransition,
  WasteLotTransitionError,
  WasteLotTransitionOptions,
} from './waste-machine';
export { transitionWasteLot } from './waste-machine';
