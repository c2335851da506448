import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSafetyChecklists,
  parseDrill,
  parseEmergencyPlan,
  parseHazard,
  parseIncident,
  parseSafetyInspection,
  parseSafetyRecord,
  recordSafetyInspection,
} from '../../src/safety/index';
import { drill, hazard, incidentInActions, plan, safetyOfficer, T0 } from './fixtures';

const parsers = [
  parseDrill,
  parseEmergencyPlan,
  parseHazard,
  parseIncident,
  parseSafetyInspection,
  parseSafetyRecord,
];

describe('parse functions', () => {
  it('§9.1.2 §9.3.1 §9.3.2 §9.3.3 entities survive JSON and parse back unchanged', () => {
    const roundTrip = <T>(value: T) => JSON.parse(JSON.stringify(value)) as unknown;
    const inspection = recordSafetyInspection(
      {
        kind: 'holiday',
        checklist: defaultSafetyChecklists[3]!,
        results: defaultSafetyChecklists[3]!.items.map((i) => ({
          itemId: i.id,
          result: 'pass' as const,
        })),
      },
      { id: 'sin_1', at: T0, actor: safetyOfficer },
    )._unsafeUnwrap().inspection;
    expect(parseHazard(roundTrip(hazard()))._unsafeUnwrap()).toEqual(hazard());
    expect(parseIncident(roundTrip(incidentInActions()))._unsafeUnwrap()).toEqual(
      incidentInActions(),
    );
    expect(parseEmergencyPlan(roundTrip(plan()))._unsafeUnwrap()).toEqual(plan());
    expect(parseDrill(roundTrip(drill([plan()])))._unsafeUnwrap()).toEqual(drill([plan()]));
    expect(parseSafetyInspection(roundTrip(inspection))._unsafeUnwrap()).toEqual(inspection);
  });

  it('§9.1.2 never throws on unknown input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const parse of parsers) expect(parse(input).isErr()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
