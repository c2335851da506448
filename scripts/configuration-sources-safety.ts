// Where safety's configuration defaults come from (scripts/configuration.ts).
import { entries, rows, type Section, zone } from './configuration-format';

/** `low: 30 d; …` for a record of counts by kind. */
const byKind = (unit: string) => (value: unknown) =>
  entries(value)
    .map(([kind, count]) => `${kind}: ${String(count)} ${unit}`)
    .join('; ');

export const safetySection: Section = {
  title: 'Safety',
  module: 'safety',
  constant: 'defaultSafetyConfig',
  parse: 'parseSafetyConfig',
  intro:
    '`responsibilities` and `checklists` are also exported alone as `defaultResponsibilityMatrix` and `defaultSafetyChecklists`.',
  sources: {
    timeZone: zone(
      '§9.1.2, §9.3.2, §9.3.3',
      'rectification deadlines, drill and plan review dates are dealer dates',
    ),
    currency: { clause: '§9.1.3', note: 'Safety rewards and penalties are in yuan.' },
    responsibilities: {
      clause: '§9.1.1',
      note: 'The service manager is the principal; the safety officer and the supervisors answer for their departments, team leaders for their teams, and every post reports incidents and works safely.',
      format: (value) => {
        const byLevel = new Map<string, string[]>();
        for (const [role, entry] of entries(value)) {
          const level = String(entry.level);
          byLevel.set(level, [...(byLevel.get(level) ?? []), role]);
        }
        return [...byLevel].map(([level, roles]) => `${level}: ${roles.join(', ')}`).join('; ');
      },
    },
    checklists: {
      clause: '§9.1.2, practice',
      note: 'One inspection checklist per area: exits and fire equipment everywhere, plus the risks of each area.',
      format: (value) =>
        rows(value)
          .map((checklist) => `${String(checklist.area)} (${rows(checklist.items).length} items)`)
          .join(', '),
    },
    'hazard.rectificationDays': {
      clause: '§9.1.2, practice',
      note: 'Days from the report to rectify a hazard by risk level; a major hazard is dealt with at once.',
      format: byKind('d'),
    },
    'drill.intervalMonths': {
      clause: 'REG-5, §9.3.3',
      note: 'Comprehensive and special plans are drilled at least once a year, on-site plans every six months.',
      format: byKind('months'),
    },
    'drill.dueSoonDays': {
      clause: '§9.3.3, practice',
      note: 'A drill due within a month is listed as due soon, leaving time to organise it.',
    },
    'plan.reviewIntervalMonths': {
      clause: '§9.3.2',
      note: 'Emergency plans are evaluated every three years, as article 35 of the emergency-plan rules (生产安全事故应急预案管理办法) asks.',
    },
    'plan.dueSoonDays': {
      clause: '§9.3.2, practice',
      note: 'A plan review due within a month is listed as due soon.',
    },
  },
};
