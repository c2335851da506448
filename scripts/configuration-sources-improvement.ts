// Where improvement's configuration defaults come from (scripts/configuration.ts).
import { type Section, zone } from './configuration-format';

export const improvementSection: Section = {
  title: 'Improvement',
  module: 'improvement',
  constant: 'defaultImprovementConfig',
  parse: 'parseImprovementConfig',
  sources: {
    timeZone: zone('§12.1.1–§12.1.3', 'due dates and overdue checks are dealer days'),
    currency: { clause: '§12.2.1, practice', note: 'Innovation funds and awards are in yuan.' },
    'action.dueDays.corrective': {
      clause: '§12.1.1–§12.1.3, practice',
      note: 'A corrective action, for a problem that has happened, is due in 30 days when opened without a date …',
    },
    'action.dueDays.preventive': {
      clause: '§12.1.1–§12.1.3, practice',
      note: '… a preventive one in 60.',
    },
    'proposal.maxAward': {
      clause: '§12.2.1, practice',
      note: 'One proposal award is capped so that it cannot drain the yearly innovation fund.',
    },
  },
};
