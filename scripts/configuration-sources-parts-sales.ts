// Where parts sales' configuration defaults come from (scripts/configuration.ts).
import { type Section, zone } from './configuration-format';

export const partsSalesSection: Section = {
  title: 'Parts sales',
  module: 'parts',
  constant: 'defaultPartsSalesConfig',
  parse: 'parsePartsSalesConfig',
  sources: {
    timeZone: zone(
      '§6.3.4, §6.3.5, practice',
      'promised dates, due dates and receivable aging are dealer days',
    ),
    currency: { clause: 'practice', note: 'Parts are sold in yuan (renminbi).' },
  },
};
