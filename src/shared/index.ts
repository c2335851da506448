/**
 * The shared kernel: money, VAT, identifiers and validators, errors and
 * their messages, PII masking, time, events and repository ports.
 *
 * @packageDocumentation
 * @module shared
 */
export type {
  ConcurrencyConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  StorageError,
  ValidationError,
  ValidationIssue,
} from './errors';
export {
  concurrencyConflict,
  domainError,
  forbidden,
  isDomainError,
  notFound,
  storageFailed,
  validationError,
} from './errors';
export type { AnyMessageCatalog, Locale, MessageCatalog, MessageTemplate } from './i18n';
export { createErrorFormatter, formatError, LOCALES } from './i18n';
export type { Brand, Id, IdGenerator } from './ids';
export { idSchema, MAX_ID_LENGTH, randomIds, sequentialIds } from './ids';
export type { ParseSchema } from './validation';
export { issuesFromZod, parseWith } from './validation';

// ── Time, entity base, domain events and storage ports (added by the time/events/storage helper) ──

export type { CheckedChange } from './check-changes';
export { checkChanges } from './check-changes';
export type { ContactChannel } from './contact-channel';
export { CONTACT_CHANNELS, ContactChannelSchema } from './contact-channel';
export type { Entity, EntityBase } from './entity';
export { EntityBaseSchema, entityBaseShape, isJsonSafe } from './entity';
export type { DomainEvent, StoredEvent } from './events';
export {
  AggregateTypeSchema,
  DomainEventSchema,
  domainEvent,
  EventTypeSchema,
  parseDomainEvent,
} from './events';
export type { LicencePlate, LicencePlateKind } from './licence-plate';
export { LicencePlateSchema, licencePlateKind, validateLicencePlate } from './licence-plate';
export { delegateRepository, listAllMatching } from './list-all';
export type { ListQuery, Page, ParsedListQuery, ScalarField, ScalarValue } from './list-query';
export { ListQuerySchema, MAX_PAGE_SIZE, parseListQuery } from './list-query';
export {
  maskEmail,
  maskField,
  maskIdCardNumber,
  maskLicencePlate,
  maskMobilePhone,
  maskPersonName,
  maskVin,
} from './mask';
export type { MaskableField } from './maskable-fields';
export { MASKABLE_FIELDS } from './maskable-fields';
export type { CoreError, SharedError } from './messages';
export { coreMessages, sharedMessages } from './messages';
export type { MobilePhone } from './mobile-phone';
export { MobilePhoneSchema, validateMobilePhone } from './mobile-phone';
export { allocateMoney } from './money/allocate';
export {
  addMoney,
  multiplyMoney,
  negateMoney,
  percentageOf,
  subtractMoney,
} from './money/arithmetic';
export {
  compareMoney,
  isNegativeMoney,
  isPositiveMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyEquals,
} from './money/compare';
export type { CurrencyCode } from './money/currency';
export {
  CURRENCIES,
  CURRENCY_CODES,
  CurrencyCodeSchema,
  isCurrencyCode,
  minorUnits,
} from './money/currency';
export type {
  AllocationError,
  AllocationTotalNotRoundedError,
  AllocationWeightsInvalidError,
  CurrencyMismatchError,
  DecimalInputProblem,
  MoneyArithmeticError,
  MoneyError,
  MoneyInvalidAmountError,
  MoneyInvalidFactorError,
  MoneyOutOfRangeError,
  MoneyUnknownCurrencyError,
} from './money/errors';
export { currencyMismatch } from './money/errors';
export { moneyMessages } from './money/messages';
export type { Money } from './money/money';
export { createMoney, MoneySchema, parseMoney, zeroMoney } from './money/money';
export type { RoundingMode } from './money/rounding';
export {
  isRoundedMoney,
  ROUNDING_MODES,
  RoundingModeSchema,
  roundDown,
  roundHalfEven,
  roundHalfUp,
  roundMoney,
  roundUp,
} from './money/rounding';
export { checkSameCurrency } from './money/same-currency';
export { sumMoney } from './money/sum';
export { outboxArguments } from './outbox-arguments';
export type {
  Change,
  Outbox,
  OutboxReadOptions,
  Repository,
  RepositoryError,
  SaveError,
  SaveOptions,
  Store,
  UnitOfWork,
} from './repository';
export type { ServiceItemKind } from './service-item-kind';
export {
  SERVICE_ITEM_KIND_LABELS,
  SERVICE_ITEM_KINDS,
  ServiceItemKindSchema,
} from './service-item-kind';
export type { VatAmountNotRoundedError, VatConfigInvalidError, VatError } from './tax/errors';
export { vatMessages } from './tax/messages';
export type { VatBasis, VatSplit } from './tax/vat';
export { splitVat, VatSplitSchema } from './tax/vat';
export type { VatConfig } from './tax/vat-config';
export { defaultVatConfig, parseVatConfig, VatConfigSchema, VatRateSchema } from './tax/vat-config';
export type { CalendarDate } from './time/calendar-date';
export {
  addCalendarDays,
  addCalendarMonths,
  CalendarDateSchema,
  differenceInCalendarDays,
  parseCalendarDate,
} from './time/calendar-date';
export type { CalendarPeriodKind } from './time/calendar-period';
export {
  CALENDAR_PERIOD_KINDS,
  calendarPeriodBounds,
  calendarPeriodOf,
  isDateInCalendarPeriod,
  previousCalendarPeriod,
} from './time/calendar-period';
export type { Clock } from './time/clock';
export { fixedClock, systemClock } from './time/clock';
export { dealerDateTimeToInstant, startOfDealerDay, toDealerDate } from './time/dealer-time';
export type { Instant } from './time/instant';
export {
  addMinutesToInstant,
  compareInstants,
  epochMsToInstant,
  InstantSchema,
  instantToEpochMs,
  parseInstant,
} from './time/instant';
export type { TimeOfDay } from './time/time-of-day';
export { parseTimeOfDay, TimeOfDaySchema, timeOfDayToMinutes } from './time/time-of-day';
export type { TimeZone } from './time/time-zone';
export { DEFAULT_TIME_ZONE, parseTimeZone, TimeZoneSchema } from './time/time-zone';
export type {
  IdentifierValidatorError,
  LicencePlateError,
  LicencePlateErrorData,
  MobilePhoneError,
  MobilePhoneErrorData,
  PlateSerialExpectation,
  VinError,
  VinErrorData,
} from './validator-errors';
export { validatorMessages } from './validator-messages';
export type { Vin } from './vin';
export { VinSchema, validateVin, vinCheckDigit } from './vin';
