// Where each configuration default comes from, for scripts/configuration.ts.
// Keys are setting paths inside the module's default configuration; a key may
// name a whole group (e.g. `guaranteePeriods`), rendered in one row.
import { entries, km, rows, type Section, zone } from './configuration-format';
import { analyticsSection } from './configuration-sources-analytics';
import { crmSection } from './configuration-sources-crm';
import { environmentSection } from './configuration-sources-environment';
import { improvementSection } from './configuration-sources-improvement';
import { procurementSection } from './configuration-sources-parts-procurement';
import { partsSalesSection } from './configuration-sources-parts-sales';
import { safetySection } from './configuration-sources-safety';
import { trainingSection } from './configuration-sources-training';

export type { Section, Source } from './configuration-format';

export const SECTIONS: readonly Section[] = [
  {
    title: 'VAT (shared)',
    module: 'shared',
    constant: 'defaultVatConfig',
    parse: 'parseVatConfig',
    intro: 'Pricing embeds it as `vat`; a quote splits its total with `splitVat`.',
    sources: {
      rate: { clause: 'REG-7', note: 'VAT on repair labour and parts is 13 %.' },
      pricesIncludeVat: { clause: 'REG-7', note: 'Published prices are tax-inclusive by default.' },
      rounding: {
        clause: 'REG-7, §5.2(3)',
        note: 'Half-up to the cent, so the net amount plus VAT always equals the price shown.',
      },
    },
  },
  {
    title: 'Appointments',
    module: 'appointment',
    constant: 'defaultAppointmentConfig',
    parse: 'parseAppointmentConfig',
    sources: {
      timeZone: zone('§3.1(2)', 'opening hours, shifts and slots are wall-clock times in it'),
      horizonDays: { clause: '§3.1(2), practice', note: 'Slot search looks two weeks ahead.' },
      maxHorizonDays: { clause: '§3.1(2)', note: 'The longest horizon a request may ask for.' },
      minLeadTimeMinutes: {
        clause: '§3.1(2), §3.1(4), practice',
        note: 'A slot starts at least an hour after the request, leaving time to prepare.',
      },
      slotLimit: { clause: '§3.1(2)', note: 'Slots returned when the request names no limit.' },
      maxSlotLimit: { clause: '§3.1(2)', note: 'The largest limit a request may ask for.' },
      reminderOffsetsMinutes: {
        clause: '§3.1(4), practice',
        note: 'Reminders a day and two hours before the booked time.',
      },
      lateAfterMinutes: {
        clause: '§3.1(4), practice',
        note: 'An arrival over 10 minutes late counts as late.',
      },
      noShowGraceMinutes: {
        clause: '§3.1(4), practice',
        note: 'A confirmed appointment becomes a no-show 30 minutes after its start.',
      },
      preparationLeadMinutes: {
        clause: '§3.1(4)',
        note: 'The preparation checklist (parts to reserve, bay, technician) is due a day ahead.',
      },
    },
  },
  {
    title: 'Pricing',
    module: 'pricing',
    constant: 'defaultPricingConfig',
    parse: 'parsePricingConfig',
    sources: {
      timeZone: zone('§5.1(5)', 'price-list validity dates are dealer dates'),
      minimumMarginRate: {
        clause: '§5.1(3)',
        note: 'Prices must at least cover cost; raise it to demand a margin.',
      },
      maxDiscountRate: {
        clause: '§5.1(1), §2.2.1(2)(3), practice',
        note: 'Discounts together take at most 30 % of the list subtotal; a manager may raise it for one quote.',
      },
      maxReviewAgeDays: {
        clause: '§5.2(2), practice',
        note: 'A price list not reviewed for a quarter is stale.',
      },
      vat: { clause: 'REG-7', note: 'The VAT settings above.' },
    },
  },
  {
    title: 'Repair orders',
    module: 'repair-order',
    constant: 'defaultRepairOrderConfig',
    parse: 'parseRepairOrderConfig',
    sources: {
      timeZone: zone('§3.5(4)', 'the next-service due date is a dealer date'),
      customerUpdateIntervalMinutes: {
        clause: '§3.3(4), practice',
        note: 'While work is under way the customer hears from the advisor at least every two hours.',
      },
      roadTestCategories: {
        clause: '§3.3(5)',
        note: 'Every repair and the second-level maintenance end with a road test; routine and first-level maintenance do not change how the car drives.',
      },
      nextServiceDays: {
        clause: '§3.5(4), practice',
        note: 'The next service is due in six months …',
      },
      nextServiceKm: { clause: '§3.5(4), practice', note: '… or 5,000 km, whichever comes first.' },
    },
  },
  {
    title: 'Quality',
    module: 'quality',
    constant: 'defaultQualityConfig',
    parse: 'parseQualityConfig',
    sources: {
      guaranteePeriods: {
        clause: 'REG-1, §4.3(7)',
        note: 'Post-repair guarantee by repair category, whichever of days or km ends first; routine maintenance, which the regulation does not list, gets its shortest period.',
        format: (value) =>
          entries(value)
            .map(
              ([category, period]) => `${category}: ${String(period.days)} d / ${km(period.km)} km`,
            )
            .join('; '),
      },
      certificateCategories: {
        clause: '§4.1(4)',
        note: 'A completion certificate is issued for second-level maintenance and overhauls.',
      },
      roadTestCategories: {
        clause: '§3.4(3), §4.2(3)',
        note: "These categories' technical standards end with a road test before the final inspection.",
      },
      checklists: {
        clause: '§4.2(3)',
        note: 'One inspection checklist per repair category (`defaultChecklists`).',
        format: (value) =>
          rows(value)
            .map(
              (checklist) =>
                `${String(checklist.category)} (${rows(checklist.items).length} items)`,
            )
            .join(', '),
      },
      checklistLevels: {
        clause: '§3.4(3), §4.2(3)',
        note: 'The checklist is recorded in full at the final inspection.',
      },
      calibrationDueSoonDays: {
        clause: '§4.2(5), practice',
        note: 'Equipment due for calibration within a month is listed as due soon.',
      },
      timeZone: zone('§4.1(4)', 'the certificate year and guarantee days are dealer dates'),
    },
  },
  {
    title: 'Parts',
    module: 'parts',
    constant: 'defaultPartsConfig',
    parse: 'parsePartsConfig',
    sources: {
      allowNegativeStock: { clause: '§6.2.2', note: 'On-hand stock never goes below zero.' },
      costDecimals: {
        clause: '§6.2.2, practice',
        note: 'The moving-average unit cost is kept to 4 decimals, half-up.',
      },
      forecastMethod: { clause: '§6.2.1', note: 'Demand is forecast with a moving average …' },
      movingAverageDays: { clause: '§6.2.1, practice', note: '… over the last 90 days.' },
      smoothingAlpha: {
        clause: '§6.2.1, practice',
        note: 'The smoothing factor when exponential smoothing is chosen.',
      },
      serviceLevel: {
        clause: '§6.2.2, practice',
        note: 'Safety stock for a 95 % service level (z ≈ 1.645).',
      },
      orderCoverDays: {
        clause: '§6.1.1, practice',
        note: 'Without a max stock, a suggestion tops up to the reorder point plus 30 days of demand.',
      },
      overstockDaysOfCover: {
        clause: '§6.2.2, practice',
        note: 'More than 180 days of cover is overstock.',
      },
      abcClassAPercent: {
        clause: '§6.2.4',
        note: 'Class A: the parts making 80 % of usage value …',
      },
      abcClassBPercent: { clause: '§6.2.4', note: '… class B the next 15 %, class C the rest.' },
      slowMovingDays: { clause: '§6.2.4, practice', note: 'No issue for 180 days: slow-moving.' },
      obsoleteDays: { clause: '§6.2.4, practice', note: 'No issue for 12 months: obsolete.' },
      stocktakeApprovalThreshold: {
        clause: '§6.2.3, §2.2.4(1)',
        note: 'A count variance worth more needs the warehouse supervisor’s approval.',
      },
      currency: { clause: '§6.2.4, practice', note: 'Costs and stock values are in yuan.' },
      timeZone: zone('§6.2.1', 'days of demand are dealer days'),
    },
  },
  crmSection,
  procurementSection,
  partsSalesSection,
  trainingSection,
  safetySection,
  environmentSection,
  analyticsSection,
  improvementSection,
];
