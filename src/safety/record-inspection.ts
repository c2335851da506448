import { err, ok, Result } from 'neverthrow';
import type * as z from 'zod/mini';
import {
  type ForbiddenError,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { type CheckedContext, checkContext, permit, type SafetyCreateContext } from './context';
import {
  type HazardDueBeforeReportError,
  type InspectionChecklistIncompleteError,
  type InspectionHazardRequiredError,
  inspectionChecklistIncomplete,
  inspectionHazardRequired,
} from './errors';
import { type SafetyEvent, safetyEvent } from './events';
import type { Hazard } from './hazard-schema';
import { type SafetyInspectionId, SafetyInspectionIdSchema } from './ids';
import {
  type SafetyInspection,
  type SafetyInspectionInput,
  SafetyInspectionInputSchema,
} from './inspection-schema';
import { buildHazard } from './report-hazard';

/**
 * A recorded inspection, the hazards it registered, and their events.
 *
 * @example
 * ```ts
 * const { inspection, hazards, events }: SafetyInspectionRecorded = recordSafetyInspection(input, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface SafetyInspectionRecorded {
  readonly inspection: SafetyInspection;
  readonly hazards: readonly Hazard[];
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error {@link recordSafetyInspection} can return.
 *
 * @example
 * ```ts
 * function explain(error: RecordSafetyInspectionError) { return error.code; }
 * ```
 * @category safety
 * @see §9.1.2
 */
export type RecordSafetyInspectionError =
  | ValidationError
  | ForbiddenError
  | InspectionChecklistIncompleteError
  | InspectionHazardRequiredError
  | HazardDueBeforeReportError;

type Parsed = z.infer<typeof SafetyInspectionInputSchema>;

function checkCoverage(
  input: Parsed,
): Result<Parsed, InspectionChecklistIncompleteError | InspectionHazardRequiredError> {
  const itemIds = input.checklist.items.map((item) => item.id);
  const given = input.results.map((r) => r.itemId);
  const missing = itemIds.filter((id) => !given.includes(id));
  const unknown = given.filter((id) => !itemIds.includes(id));
  if (missing.length > 0 || unknown.length > 0) {
    return err(inspectionChecklistIncomplete(input.checklist.id, missing, unknown));
  }
  const withoutHazard = input.results
    .filter((r) => r.result === 'fail' && r.hazard === undefined)
    .map((r) => r.itemId);
  return withoutHazard.length > 0
    ? err(inspectionHazardRequired(input.checklist.id, withoutHazard))
    : ok(input);
}

function registerHazards(input: Parsed, inspectionId: SafetyInspectionId, context: CheckedContext) {
  const texts = new Map(input.checklist.items.map((item) => [item.id, item.text]));
  return Result.combine(
    input.results.flatMap((r) => {
      if (r.result !== 'fail' || r.hazard === undefined) return [];
      const text = texts.get(r.itemId) ?? r.itemId;
      const description =
        r.hazard.description ?? (r.note === undefined ? text : `${text}：${r.note}`);
      return [
        buildHazard(
          { ...r.hazard, description, area: input.checklist.area },
          inspectionId,
          context,
        ),
      ];
    }),
  );
}

function build(
  input: Parsed,
  id: SafetyInspectionId,
  context: CheckedContext,
): Result<SafetyInspectionRecorded, HazardDueBeforeReportError> {
  return registerHazards(input, id, context).map((reported) => {
    const { at, actor, config } = context;
    const texts = new Map(input.checklist.items.map((item) => [item.id, item.text]));
    const hazards = reported.map((r) => r.hazard);
    const inspection: SafetyInspection = {
      id,
      version: 0,
      createdAt: at,
      updatedAt: at,
      kind: input.kind,
      checklistId: input.checklist.id,
      area: input.checklist.area,
      inspectedOn: toDealerDate(at, config.timeZone),
      inspectorId: actor.id,
      results: input.results.map((r) => ({
        itemId: r.itemId,
        text: texts.get(r.itemId) ?? r.itemId,
        result: r.result,
        note: r.note ?? null,
        hazardId: r.result === 'fail' ? (r.hazard?.id ?? null) : null,
      })),
      hazardIds: hazards.map((h) => h.id),
    };
    const recorded = safetyEvent('safety.inspection-recorded', 'safety-inspection', id, at, {
      inspectionId: id,
      checklistId: inspection.checklistId,
      area: inspection.area,
      failedItemIds: inspection.results.filter((r) => r.result === 'fail').map((r) => r.itemId),
      hazardIds: inspection.hazardIds,
      actorId: actor.id,
    });
    return { inspection, hazards, events: [recorded, ...reported.flatMap((r) => r.events)] };
  });
}

/**
 * Records a safety inspection against a checklist (安全检查, §9.1.2): every
 * item gets a result, and every failed item registers a hazard with its
 * risk level, rectification owner and deadline (see {@link reportHazard}).
 * The inspection is dated in the dealer's zone. Needs
 * `safety-inspection.record`.
 *
 * @example
 * ```ts
 * const { inspection, hazards } = recordSafetyInspection(
 *   { kind: 'routine', checklist, results },
 *   { id: ids.next('sin'), at, actor: safetyOfficer },
 * )._unsafeUnwrap();
 * ```
 * @returns the inspection, its hazards and events, or `validation_failed`,
 * `forbidden`, `inspection_checklist_incomplete`,
 * `inspection_hazard_required`, `hazard_due_before_report`
 * @category safety
 * @see §9.1.2
 */
export function recordSafetyInspection(
  input: SafetyInspectionInput,
  context: SafetyCreateContext,
): Result<SafetyInspectionRecorded, RecordSafetyInspectionError> {
  return checkContext(context).andThen((checked) =>
    parseWith(SafetyInspectionIdSchema, context.id).andThen((id) =>
      parseWith(SafetyInspectionInputSchema, input, '§9.1.2')
        .andThen((parsed) => permit(checked, 'safety-inspection.record').map(() => parsed))
        .andThen(checkCoverage)
        .andThen((parsed) => build(parsed, id, checked)),
    ),
  );
}
