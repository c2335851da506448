// Where crm's configuration defaults come from (scripts/configuration.ts).
import { entries, reminder, rows, type Section, zone } from './configuration-format';

export const crmSection: Section = {
  title: 'Customer relations',
  module: 'crm',
  constant: 'defaultCrmConfig',
  parse: 'parseCrmConfig',
  intro:
    '`rfm` and `reminders` are also exported alone as `defaultRfmConfig` and `defaultReminderConfig`.',
  sources: {
    timeZone: zone('§2.2.5(2), §7.1.3', 'follow-up due days and reminder dates are dealer days'),
    currency: { clause: '§7.1.2, practice', note: 'Spend thresholds are in yuan.' },
    'followUp.dueWithinDays': {
      clause: '§2.2.5(2), practice',
      note: 'Every delivered order is called back by the end of the third dealer day.',
    },
    'followUp.maxAttempts': {
      clause: '§2.2.5(2), practice',
      note: 'Three attempts before a customer counts as unreachable.',
    },
    'followUp.coverageTarget': { clause: '§2.2.5(2)', note: 'Follow-up calls must reach 100 %.' },
    'survey.improvementThreshold': {
      clause: '§7.2.3, practice',
      note: 'A dimension index under 80 (the usual CSI bar) calls for improvement.',
    },
    'survey.responseThreshold': {
      clause: '§7.2.3, practice',
      note: 'One response under 60 is worth a call.',
    },
    'survey.invitationValidDays': {
      clause: '§7.2.1, practice',
      note: 'An invitation stays open two weeks, while the visit is remembered.',
    },
    'complaint.deadlines': {
      clause: '§1.2(4), §7.3.2, practice',
      note: 'Respond within a working day and resolve within three days; serious cases within hours and a day or two.',
      format: (value) =>
        entries(value)
          .map(
            ([severity, d]) =>
              `${severity}: ${String(d.responseHours)} h / ${String(d.resolutionHours)} h`,
          )
          .join('; '),
    },
    'complaint.escalateTo': {
      clause: '§7.3.2',
      note: 'Missed deadlines escalate to the service manager.',
    },
    'rfm.windowDays': { clause: '§7.1.2', note: 'Frequency and spend count the trailing year.' },
    'rfm.recencyDays': {
      clause: '§7.1.2, practice',
      note: 'Scores 5…1 by days since the last visit: within a month is fresh, over a year most likely gone.',
    },
    'rfm.frequencyVisits': {
      clause: '§7.1.2, practice',
      note: 'Visits a year: two is a maintenance rhythm, six or more a heavy user.',
    },
    'rfm.monetary': {
      clause: '§7.1.2, practice',
      note: 'Yearly spend: 1,000 is a light customer, 12,000 the top tier of private owners.',
    },
    'rfm.segments': {
      clause: '§7.1.2',
      note: 'Segments tried in order against the scores.',
      format: (value) =>
        rows(value)
          .map((segment) => String(segment.name))
          .join(', '),
    },
    'rfm.fallbackSegment': { clause: '§7.1.2', note: 'When no segment rule matches.' },
    'rfm.noVisitSegment': { clause: '§7.1.2', note: 'A customer never seen in the workshop.' },
    'reminders.birthday': reminder('Wishes or offers need marketing consent; sent on the day.'),
    'reminders.holiday': reminder('Holiday care is marketing; sent on the day.'),
    'reminders.serviceDue': reminder('Service contact a week ahead, time to book a slot.'),
    'reminders.insuranceRenewal': reminder(
      'Renewal is a sale; insurers open it about a month ahead.',
    ),
    'reminders.periodicInspection': reminder(
      '年检 is the owner’s legal duty, bookable in the last month.',
    ),
    'reminders.holidays': {
      clause: '§7.1.3',
      note: 'Fixed-date holidays; lunar ones are added by date.',
      format: (value) =>
        rows(value)
          .map((holiday) => `${String(holiday.name)} ${String(holiday.monthDay ?? holiday.date)}`)
          .join(', '),
    },
    'reminders.assumedDailyKm': {
      clause: '§7.1.3, practice',
      note: 'About 12,000 km a year, to project mileage when a vehicle has under 30 days of readings.',
    },
    'reminders.inspectionSchedule': {
      clause: '§7.1.3',
      note: 'Periodic inspection of non-operating small passenger cars (2022 rules).',
      format: (value) =>
        rows(value)
          .map((step) =>
            step.untilYears === null
              ? `then every ${String(step.everyMonths)} months`
              : `every ${String(step.everyMonths)} months until ${String(step.untilYears)} years`,
          )
          .join(', '),
    },
  },
};
