// Where training's configuration defaults come from (scripts/configuration.ts).
import { entries, rows, type Section, zone } from './configuration-format';

/** `safety-basics, emergency-response (12 months)`: a role's required safety trainings. */
const requirementList = (value: unknown) =>
  rows(value)
    .map(
      (requirement) => `${String(requirement.topic)} (${String(requirement.renewalMonths)} months)`,
    )
    .join(', ');

export const trainingSection: Section = {
  title: 'Training',
  module: 'training',
  constant: 'defaultTrainingConfig',
  parse: 'parseTrainingConfig',
  intro:
    '`safety.requirements` is also exported alone as `defaultSafetyRequirements`; a table given replaces it as a whole.',
  sources: {
    timeZone: zone(
      '§8.1.2, §8.3.1',
      'in-service quarters and assessment periods are dealer calendar periods',
    ),
    'onboarding.withinMonths': {
      clause: '§8.1.1',
      note: 'Onboarding is complete within a month of hire.',
    },
    'onboarding.requiredTopics': {
      clause: '§8.1.1',
      note: 'Onboarding covers company culture, products and the service process.',
    },
    'inService.sessionsPerQuarter': {
      clause: '§8.1.2',
      note: 'Every employee attends at least one in-service session a quarter.',
    },
    'inService.countedKinds': {
      clause: '§8.1.2',
      note: 'Only in-service sessions count towards that quarterly session.',
    },
    'inService.exemptHireQuarter': {
      clause: '§8.1.2',
      note: 'Onboarding covers the quarter of hiring, so no in-service session is due in it.',
    },
    'safety.requirements': {
      clause: '§9.2.1–§9.2.3, practice',
      note: 'Every role needs basic safety and emergency response, workshop and parts roles also safe operation, each renewed yearly.',
      format: (value) => {
        const byList = new Map<string, string[]>();
        for (const [role, requirements] of entries(value)) {
          const list = requirementList(requirements);
          byList.set(list, [...(byList.get(list) ?? []), role]);
        }
        return [...byList].map(([list, roles]) => `${roles.join(', ')}: ${list}`).join('; ');
      },
    },
    'certification.defaultValidityMonths': {
      clause: '§8.1.3, practice',
      note: 'A certification without its own expiry is valid two years, like most brand technical certifications.',
    },
    'scorecard.indicators': {
      clause: '§8.3.2, practice',
      note: 'Service quality and customer satisfaction weigh most, training participation the rest.',
      format: (value) =>
        rows(value)
          .map((indicator) => `${String(indicator.indicator)} ${String(indicator.weight)}`)
          .join(', '),
    },
    ratingBands: {
      clause: '§8.3.3, practice',
      note: 'The common S/A/B/C/D grading in 10-point steps, with a bonus coefficient per band: C earns a reduced bonus, D none.',
      format: (value) =>
        rows(value)
          .map(
            (band) =>
              `${String(band.band)} ≥ ${String(band.minScore)} (bonus × ${String(band.bonusCoefficient)})`,
          )
          .join(', '),
    },
    'promotion.periodKind': {
      clause: '§8.3.4, practice',
      note: 'Promotion looks at quarterly ratings …',
    },
    'promotion.consecutiveRatings': {
      clause: '§8.3.4, practice',
      note: '… two in a row …',
    },
    'promotion.minBand': { clause: '§8.3.4, practice', note: '… each A or better.' },
    careerLadders: {
      clause: '§8.3.4, practice',
      note: 'The usual 4S technician and service-advisor ladders; senior technicians need the high-voltage (EV-HV) certification.',
      format: (value) =>
        rows(value)
          .map(
            (ladder) =>
              `${String(ladder.id)}: ${rows(ladder.rungs)
                .map((rung) => {
                  const extra = [
                    ...rows(rung.requiredCertifications).map(String),
                    ...(rung.minBand === undefined ? [] : [`band ${String(rung.minBand)}`]),
                    ...(rung.consecutiveRatings === undefined
                      ? []
                      : [`${String(rung.consecutiveRatings)} ratings`]),
                  ];
                  return extra.length === 0
                    ? String(rung.code)
                    : `${String(rung.code)} (${extra.join(', ')})`;
                })
                .join(' → ')}`,
          )
          .join('; '),
    },
  },
};
