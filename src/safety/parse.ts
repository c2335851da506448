import type { Result } from 'neverthrow';
import { parseWith, type ValidationError } from '../shared/index';
import { type Drill, DrillSchema } from './drill-schema';
import { type Hazard, HazardSchema } from './hazard-schema';
import { type Incident, IncidentSchema } from './incident-schema';
import { type SafetyInspection, SafetyInspectionSchema } from './inspection-schema';
import { type EmergencyPlan, EmergencyPlanSchema } from './plan-schema';
import { type SafetyRecord, SafetyRecordSchema } from './safety-record';

/**
 * Parses a stored hazard. Never throws.
 *
 * @example
 * ```ts
 * parseHazard({ id: 'hz_1' }).isErr(); // true
 * ```
 * @returns the hazard, or `validation_failed`
 * @category safety
 * @see §9.1.2
 */
export function parseHazard(input: unknown): Result<Hazard, ValidationError> {
  return parseWith(HazardSchema, input, '§9.1.2');
}

/**
 * Parses a stored safety inspection. Never throws.
 *
 * @example
 * ```ts
 * parseSafetyInspection(JSON.parse(row)).isOk();
 * ```
 * @returns the inspection, or `validation_failed`
 * @category safety
 * @see §9.1.2
 */
export function parseSafetyInspection(input: unknown): Result<SafetyInspection, ValidationError> {
  return parseWith(SafetyInspectionSchema, input, '§9.1.2');
}

/**
 * Parses a stored incident. Never throws.
 *
 * @example
 * ```ts
 * parseIncident(JSON.parse(row)).isOk();
 * ```
 * @returns the incident, or `validation_failed`
 * @category safety
 * @see §9.3.1
 */
export function parseIncident(input: unknown): Result<Incident, ValidationError> {
  return parseWith(IncidentSchema, input, '§9.3.1');
}

/**
 * Parses a stored reward or penalty record. Never throws.
 *
 * @example
 * ```ts
 * parseSafetyRecord(JSON.parse(row)).isOk();
 * ```
 * @returns the record, or `validation_failed` (reason `form_mismatch` among others)
 * @category safety
 * @see §9.1.3
 */
export function parseSafetyRecord(input: unknown): Result<SafetyRecord, ValidationError> {
  return parseWith(SafetyRecordSchema, input, '§9.1.3');
}

/**
 * Parses a stored emergency plan. Never throws.
 *
 * @example
 * ```ts
 * parseEmergencyPlan(JSON.parse(row)).isOk();
 * ```
 * @returns the plan, or `validation_failed` (reason `scenario_mismatch` among others)
 * @category safety
 * @see §9.3.2
 */
export function parseEmergencyPlan(input: unknown): Result<EmergencyPlan, ValidationError> {
  return parseWith(EmergencyPlanSchema, input, '§9.3.2');
}

/**
 * Parses a stored drill. Never throws.
 *
 * @example
 * ```ts
 * parseDrill(JSON.parse(row)).isOk();
 * ```
 * @returns the drill, or `validation_failed`
 * @category safety
 * @see §9.3.3
 */
export function parseDrill(input: unknown): Result<Drill, ValidationError> {
  return parseWith(DrillSchema, input, '§9.3.3');
}
