// Where analytics' configuration defaults come from (scripts/configuration.ts).
import { entries, type Row, type Section, type Source, zone } from './configuration-format';

/** A KPI target (§11.2.4): `≥ 0.95`, `≤ 0.02`, `none`, with targets by period length. */
const target = (clause: string, note: string): Source => ({
  clause,
  note,
  format: (value) => {
    const kpi = (value ?? {}) as Row;
    if (kpi.target === null) return 'none';
    const bound = `${kpi.direction === 'lower-is-better' ? '≤' : '≥'} ${String(kpi.target)}`;
    const byPeriod = entries(kpi.byGranularity).map(
      ([granularity, figure]) => `${granularity} ${String(figure)}`,
    );
    return byPeriod.length === 0 ? bound : `${bound} (${byPeriod.join(', ')})`;
  },
});

export const analyticsSection: Section = {
  title: 'Analytics',
  module: 'analytics',
  constant: 'defaultAnalyticsConfig',
  parse: 'parseAnalyticsConfig',
  intro:
    'A KPI below its target (above it, for rework and comeback rates) is a miss that can open an improvement action (§11.2.4); each target also carries its `source`.',
  sources: {
    timeZone: zone('§11.2.2', 'KPI periods are dealer calendar months, quarters and years'),
    currency: { clause: '§11.2.2, practice', note: 'Revenue per order is in yuan.' },
    'targets.first-time-fix-rate': target(
      '§11.2.4, practice',
      '95 % of jobs are fixed right the first time.',
    ),
    'targets.rework-rate': target('§11.2.4, practice', 'At most 2 % of jobs are reworked.'),
    'targets.comeback-rate': target(
      '§11.2.4, practice',
      'At most 2 % of vehicles come back within the guarantee.',
    ),
    'targets.follow-up-coverage': target(
      '§2.2.5(2), §11.2.4',
      'Every delivered order gets its follow-up call, the manual’s 100 %.',
    ),
    'targets.satisfaction-index': target(
      '§7.2.3, §11.2.4, practice',
      'A satisfaction index of 80, the same bar as crm’s improvement threshold.',
    ),
    'targets.complaint-deadline-compliance': target(
      '§1.2(4), §11.2.4',
      'Every complaint meets its response and resolution deadlines.',
    ),
    'targets.appointment-show-rate': target(
      '§11.2.4, practice',
      '85 % of booked customers arrive.',
    ),
    'targets.technician-efficiency': target(
      '§11.2.4, practice',
      'Flat-rate hours at least match the hours clocked on jobs.',
    ),
    'targets.technician-productivity': target(
      '§11.2.4, practice',
      '85 % of attended time is spent on jobs.',
    ),
    'targets.parts-fill-rate': target(
      '§11.2.4, practice',
      '95 % of part lines are served from stock.',
    ),
    'targets.inventory-turnover': target(
      '§11.2.4, practice',
      'Six stock turns a year (about two months of stock), pro rata for shorter periods.',
    ),
    'targets.revenue-per-order': target(
      '§11.2.4, practice',
      'Depends on the dealer’s mix, so no target until the dealer sets one.',
    ),
  },
};
