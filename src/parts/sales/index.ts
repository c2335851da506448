/**
 * Parts sales (配件销售管理, §6.3): the sales plan with targets per month or
 * quarter and attainment from shipped sales (§6.3.1), customer classes
 * with price levels, credit limits and payment terms (§6.3.2), sales
 * orders received, reviewed against available stock and the credit limit,
 * and confirmed with stock reserved (§6.3.3), shipments that issue stock
 * through the stock ledger with on-time tracking (§6.3.4), and receivables
 * with payments, aging buckets and overdue flags (§6.3.5).
 *
 * @example
 * ```ts
 * const { order } = createSalesOrder(input, { customer, customerClass }, { at, actor: clerk })._unsafeUnwrap();
 * const submitted = transitionSalesOrder(order, { type: 'submit', at, actor: clerk }, { ledger, catalogue })._unsafeUnwrap();
 * const confirmed = transitionSalesOrder(submitted.order, { type: 'confirm', at, actor: clerk }, {
 *   ledger, catalogue, review: { customer, customerClass, openReceivables },
 * })._unsafeUnwrap();
 * const shipped = shipSalesOrder(confirmed.order, shipment, { ledger: confirmed.ledger, catalogue })._unsafeUnwrap();
 * ageReceivables([shipped.receivable], at)._unsafeUnwrap().buckets;
 * ```
 * @packageDocumentation
 * @module parts-sales
 */
export type { AgingBucket, AgingReport, ReceivableAge } from './age-receivables';
export {
  AGING_BUCKETS,
  ageReceivable,
  ageReceivables,
  openReceivablesOf,
} from './age-receivables';
export type { ApplyPaymentError, PaymentApplied, PaymentInput } from './apply-payment';
export { applyPayment, PaymentInputSchema } from './apply-payment';
export type { PartsSalesConfig } from './config';
export {
  defaultPartsSalesConfig,
  PartsSalesConfigSchema,
  parsePartsSalesConfig,
} from './config';
export type { SalesCommandContext } from './context';
export type {
  CreateSalesOrderError,
  CustomerTerms,
  SalesOrderCreated,
  SalesOrderInput,
} from './create-sales-order';
export { checkCustomerTerms, createSalesOrder, SalesOrderInputSchema } from './create-sales-order';
export type {
  CustomerChange,
  CustomerClassChanges,
  CustomerClassInput,
  ManageCustomerError,
} from './customer-classes';
export {
  CustomerClassChangesSchema,
  CustomerClassInputSchema,
  defineCustomerClass,
  updateCustomerClass,
} from './customer-classes';
export type { PartsCustomer, PartsCustomerClass, PriceLevel } from './customer-schema';
export {
  BusinessCodeSchema,
  CUSTOMER_CLASS_KINDS,
  DiscountRateSchema,
  PartsCustomerClassSchema,
  PartsCustomerSchema,
  PriceLevelSchema,
  parsePartsCustomer,
  parsePartsCustomerClass,
} from './customer-schema';
export type {
  PartsSalesError,
  PartsSalesErrorCode,
  PartsSalesErrorData,
  PartsSalesErrorOf,
  PartsSalesRuleError,
  StockShortage,
} from './errors';
export {
  creditLimitExceeded,
  customerClassInactive,
  customerClassMismatch,
  partsCustomerBlocked,
  paymentExceedsOutstanding,
  paymentIdReused,
  priceListPriceMissing,
  salesLineUnknown,
  salesOrderCustomerMismatch,
  salesOrderInvalidTransition,
  shipmentLineDuplicate,
  shipmentQuantityExceeded,
  stockUnavailable,
} from './errors';
export type {
  PartsSalesEvent,
  PartsSalesEventPayloads,
  PartsSalesEventType,
} from './events';
export type {
  PartsCustomerClassId,
  PartsCustomerId,
  PaymentId,
  ReceivableId,
  SalesOrderId,
  SalesTargetId,
  ShipmentId,
} from './ids';
export {
  PartsCustomerClassIdSchema,
  PartsCustomerIdSchema,
  PaymentIdSchema,
  ReceivableIdSchema,
  SalesOrderIdSchema,
  SalesTargetIdSchema,
  ShipmentIdSchema,
} from './ids';
export type {
  LateShipmentLine,
  OverdueLine,
  ShippingPunctuality,
} from './late-shipments';
export { assessShippingPunctuality, findOverdueLines } from './late-shipments';
export { partsSalesMessages } from './messages';
export type { PartsCustomerInput, PartsCustomerTerms } from './parts-customers';
export {
  creditLimitOf,
  PartsCustomerInputSchema,
  PartsCustomerTermsSchema,
  reclassifyPartsCustomer,
  registerPartsCustomer,
  setPartsCustomerTerms,
} from './parts-customers';
export type { LinePrices, PricedLine, PriceLineError } from './price-sales-line';
export { lineAmount, priceSalesLine, sumLineAmounts } from './price-sales-line';
export type { Receivable, ReceivablePayment } from './receivable-schema';
export { ReceivablePaymentSchema, ReceivableSchema } from './receivable-schema';
export type { SalesOrderShipped } from './record-shipment';
export type {
  PartsCustomerClassRepository,
  PartsCustomerRepository,
  PartsSalesLookup,
  PartsSalesRepositories,
  ReceivableRepository,
  SalesOrderRepository,
  SalesTargetRepository,
  ShipmentRepository,
} from './repository';
export { createPartsSalesRepositories, PARTS_SALES_COLLECTIONS } from './repository';
export type { ReviewInputs, SalesOrderReview } from './review-sales-order';
export { findStockShortages, reviewSalesOrder } from './review-sales-order';
export type { SalesAttainment } from './sales-attainment';
export { computeSalesAttainment } from './sales-attainment';
export type { SalesOrderCommand } from './sales-order-commands';
export { SalesOrderCommandSchema } from './sales-order-commands';
export type { SalesOrderContext, SalesOrderTransition } from './sales-order-machine';
export { transitionSalesOrder } from './sales-order-machine';
export type { SalesOrder, SalesOrderLine, SalesOrderStatus } from './sales-order-schema';
export {
  SALES_ORDER_STATUSES,
  SalesOrderLineSchema,
  SalesOrderReviewRecordSchema,
  SalesOrderSchema,
} from './sales-order-schema';
export type { SalesTarget, SalesTargetInput, SalesTargetSet } from './sales-target';
export {
  isInPeriod,
  SalesPeriodSchema,
  SalesTargetInputSchema,
  SalesTargetSchema,
  setSalesTarget,
} from './sales-target';
export type { ShipSalesOrderInput } from './ship-sales-order';
export { ShipSalesOrderInputSchema, shipSalesOrder } from './ship-sales-order';
export type { Shipment, ShipmentLine } from './shipment-schema';
export { ShipmentLineSchema, ShipmentSchema } from './shipment-schema';
