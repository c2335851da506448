// Where parts procurement's configuration defaults come from (scripts/configuration.ts).
import { entries, type Section, zone } from './configuration-format';

export const procurementSection: Section = {
  title: 'Parts procurement',
  module: 'parts',
  constant: 'defaultProcurementConfig',
  parse: 'parseProcurementConfig',
  sources: {
    timeZone: zone('§6.1.4, §6.1.5', 'order dates, late lines and receipt dates are dealer dates'),
    currency: {
      clause: '§6.1.3, §6.1.4, practice',
      note: 'Contract prices and purchase orders are in yuan.',
    },
    'scorecard.weights': {
      clause: '§6.1.2, practice',
      note: 'Quality weighs most, then delivery and price; the weights must sum to exactly 1.',
      format: (value) =>
        entries(value)
          .map(([dimension, weight]) => `${dimension} ${String(weight)}`)
          .join(', '),
    },
    'scorecard.grades': {
      clause: '§6.1.2, practice',
      note: 'The usual supplier-audit bands; a grade D supplier is disqualified and gets no new orders.',
      format: (value) =>
        `${entries(value)
          .map(([grade, min]) => `${grade.toUpperCase()} ≥ ${String(min)}`)
          .join(', ')}, D below`,
    },
    'scorecard.periodMonths': {
      clause: '§6.1.2, practice',
      note: 'Suppliers are evaluated every calendar quarter.',
    },
    overReceiptTolerancePercent: {
      clause: '§6.1.5',
      note: 'Accepted plus rejected quantities may not exceed what a line ordered.',
    },
    'match.quantityTolerancePercent': {
      clause: '§6.1.5',
      note: 'Payment needs the invoice to match the accepted quantity exactly …',
    },
    'match.priceTolerancePercent': {
      clause: '§6.1.5',
      note: '… and the ordered price, unless the dealer allows a tolerance.',
    },
    approvalForEveryOrder: {
      clause: '§2.2.4(1), §6.1.3',
      note: 'Every purchase order needs the warehouse supervisor’s approval; off, only orders with prices outside the contract do.',
    },
  },
};
