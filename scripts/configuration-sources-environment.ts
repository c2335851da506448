// Where environment's configuration defaults come from (scripts/configuration.ts).
import { type Section, zone } from './configuration-format';

export const environmentSection: Section = {
  title: 'Environment and energy',
  module: 'environment',
  constant: 'defaultEnvironmentConfig',
  parse: 'parseEnvironmentConfig',
  sources: {
    timeZone: zone('§10.2(1), §10.3(5)', 'meter periods and waste storage days are dealer dates'),
    hazardousStorageLimitDays: {
      clause: 'REG-6',
      note: 'A hazardous waste lot may be stored on site at most a year from the day it was generated.',
    },
    storageDueWithinDays: {
      clause: 'REG-6, practice',
      note: 'A lot is due a month before the limit, leaving time to book a licensed handler and a transfer manifest.',
    },
    wasteCategories: {
      clause: '§10.1, §10.3(1)',
      note: 'No overrides: every category keeps its hazardous flag, class and code from `defaultWasteCategoryRules`.',
    },
    rateDecimals: {
      clause: '§10.3(2)–(4), practice',
      note: 'Recycling rates are rounded half-up to 4 decimals.',
    },
    intensityDecimals: {
      clause: '§10.2(1), practice',
      note: 'Energy use per repair order is rounded half-up to 3 decimals.',
    },
  },
};
