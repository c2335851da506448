/**
 * Parts procurement (配件采购管理, §6.1.2–§6.1.5): suppliers chosen on
 * quality, price and delivery and graded by a periodic weighted scorecard;
 * purchase contracts with price agreements, payment and return terms;
 * purchase orders from draft to closed, drafted from the replenishment plan,
 * with prices outside the contract flagged for approval and late lines
 * tracked; goods receipts with inspection that post accepted quantities to
 * the stock ledger; supplier invoices and the three-way match before payment.
 *
 * @example
 * ```ts
 * import { draftPurchaseOrderFromPlan, transitionPurchaseOrder, recordGoodsReceipt, approveSupplierPayment } from 'aftersales/parts';
 *
 * const { order } = draftPurchaseOrderFromPlan(plan, { id: 'po_7', locationId: 'wh-main' }, { supplier, contract, catalogue }, { at, actor: clerk })._unsafeUnwrap();
 * const approved = transitionPurchaseOrder(order, { type: 'approve', at, actor: supervisor }, { supplier })._unsafeUnwrap().order;
 * const { movements } = recordGoodsReceipt(sent, receiptInput, { at, actor: clerk })._unsafeUnwrap();
 * approveSupplierPayment(invoice, { order: received, receipts }, { at, actor: manager });
 * ```
 * @packageDocumentation
 * @module parts/procurement
 */
export { deriveReceivingStatus } from './apply-received-lines';
export { approveSupplierPayment } from './approve-supplier-payment';
export type { ProcurementConfig } from './config';
export {
  defaultProcurementConfig,
  ProcurementConfigSchema,
  parseProcurementConfig,
} from './config';
export type { ProcurementContext } from './context';
export type { ContractChange, PriceCheck, PurchaseContractInput } from './contract';
export {
  agreedUnitPrice,
  checkContractPrice,
  computePaymentDueDate,
  computeReturnDeadline,
  signPurchaseContract,
} from './contract';
export type { PaymentTerms, PurchaseContract, ReturnTerms } from './contract-schema';
export {
  PaymentTermsSchema,
  PriceAgreementSchema,
  PurchaseContractSchema,
  ReturnTermsSchema,
} from './contract-schema';
export type {
  PurchaseOrderChange,
  PurchaseOrderInput,
  PurchaseOrderRefs,
} from './create-purchase-order';
export {
  computePurchaseOrderTotal,
  createPurchaseOrder,
  PurchaseOrderInputSchema,
} from './create-purchase-order';
export { draftPurchaseOrderFromPlan } from './draft-from-plan';
export type {
  MatchMismatch,
  ProcurementError,
  ProcurementErrorCode,
  ProcurementErrorData,
  ProcurementRuleError,
} from './errors';
export { procurementError } from './errors';
export type { EvaluateSupplierInput, SupplierEvaluationChange } from './evaluate-supplier';
export { evaluateSupplier } from './evaluate-supplier';
export type { EvaluationPeriod } from './evaluation-period';
export {
  evaluationPeriodOf,
  isSupplierEvaluationDue,
  previousEvaluationPeriod,
} from './evaluation-period';
export type {
  ProcurementEvent,
  ProcurementEventPayloads,
  ProcurementEventType,
} from './events';
export type { LateLine } from './find-late-lines';
export { findLateLines } from './find-late-lines';
export type { GoodsReceipt, GoodsReceiptInput } from './goods-receipt-schema';
export {
  GoodsReceiptInputSchema,
  GoodsReceiptLineSchema,
  GoodsReceiptSchema,
} from './goods-receipt-schema';
export type {
  ContractId,
  GoodsReceiptId,
  PurchaseOrderId,
  SupplierEvaluationId,
  SupplierInvoiceId,
} from './ids';
export {
  ContractIdSchema,
  GoodsReceiptIdSchema,
  PurchaseOrderIdSchema,
  SupplierEvaluationIdSchema,
  SupplierInvoiceIdSchema,
} from './ids';
export type { MatchDocuments, ThreeWayMatch } from './match-three-way';
export { matchThreeWay } from './match-three-way';
export { procurementMessages } from './messages';
export type {
  ParsedPurchaseOrderCommand,
  PurchaseOrderCommand,
} from './purchase-order-commands';
export { PurchaseOrderCommandSchema, ReceivedLineSchema } from './purchase-order-commands';
export type { PurchaseOrderOptions } from './purchase-order-machine';
export { transitionPurchaseOrder } from './purchase-order-machine';
export type {
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderStatus,
} from './purchase-order-schema';
export {
  flaggedLines,
  PriceCheckSchema,
  PURCHASE_ORDER_STATUSES,
  PurchaseOrderLineSchema,
  PurchaseOrderSchema,
  parsePurchaseOrder,
} from './purchase-order-schema';
export type { GoodsReceiptChange } from './record-goods-receipt';
export { receiptMovements, recordGoodsReceipt } from './record-goods-receipt';
export type { SupplierInvoiceChange } from './record-supplier-invoice';
export { recordSupplierInvoice } from './record-supplier-invoice';
export type { ProcurementLookupError, ProcurementRepositories } from './repository';
export { createProcurementRepositories, PROCUREMENT_COLLECTIONS } from './repository';
export type { Scorecard, ScorecardInput } from './score-supplier';
export { scoreSupplier } from './score-supplier';
export type { RegisterSupplierInput, SupplierChange } from './supplier';
export {
  checkSupplierQualified,
  isSupplierQualified,
  RegisterSupplierInputSchema,
  registerSupplier,
  reinstateSupplier,
  suspendSupplier,
} from './supplier';
export type { SupplierInvoice, SupplierInvoiceInput } from './supplier-invoice-schema';
export {
  SupplierInvoiceInputSchema,
  SupplierInvoiceLineSchema,
  SupplierInvoiceSchema,
} from './supplier-invoice-schema';
export type { Supplier, SupplierEvaluation, SupplierGrade } from './supplier-schema';
export {
  parseSupplier,
  SUPPLIER_GRADES,
  SupplierEvaluationSchema,
  SupplierSchema,
} from './supplier-schema';
