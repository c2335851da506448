import { err, ok, type Result } from 'neverthrow';
import type { CalendarDate } from '../shared/index';
import type { Checklist, ChecklistItem, ChecklistResult } from './checklist';
import { isWithinLimits } from './checklist';
import { defaultQualityConfig, type QualityConfig } from './config';
import type { Equipment } from './equipment';
import { checkEquipmentUsable } from './equipment-register';
import { type QualityError, qualityError } from './errors';
import type { RepairCategory } from './repair-category';

/**
 * What {@link evaluateChecklist} checks: the recorded `results`, the
 * `equipment` register entries the measurements name, the `categories` the
 * check covers, whether every item of their checklists must be present, and
 * the dealer date `on` which the measurements were taken.
 *
 * @example
 * ```ts
 * const input: ChecklistInput = { results, equipment: [gauge], categories: ['minor-repair'], requireComplete: true, on };
 * ```
 * @category quality
 * @see §4.2(3)
 * @see §4.2(5)
 */
export interface ChecklistInput {
  readonly results: readonly ChecklistResult[];
  readonly equipment: readonly Equipment[];
  readonly categories: readonly RepairCategory[];
  readonly requireComplete: boolean;
  readonly on: CalendarDate;
}

/**
 * One judged checklist result.
 *
 * @example
 * ```ts
 * const outcome: ChecklistOutcome = { category: 'minor-repair', itemId: 'no-leaks', passed: true };
 * ```
 * @category quality
 * @see §4.2(3)
 */
export interface ChecklistOutcome {
  readonly category: RepairCategory;
  readonly itemId: string;
  readonly passed: boolean;
}

function findItem(
  checklists: readonly Checklist[],
  categories: readonly RepairCategory[],
  result: ChecklistResult,
): ChecklistItem | undefined {
  if (!categories.includes(result.category)) return undefined;
  return checklists
    .find((checklist) => checklist.category === result.category)
    ?.items.find((item) => item.id === result.itemId);
}

function judge(
  result: ChecklistResult,
  item: ChecklistItem,
  input: ChecklistInput,
): Result<ChecklistOutcome, QualityError> {
  const { category, itemId } = result;
  if (item.kind !== result.kind) {
    return err(
      qualityError('checklist_result_mismatch', { category, itemId, expectedKind: item.kind }),
    );
  }
  if (result.kind === 'pass-fail' || item.kind === 'pass-fail') {
    return ok({ category, itemId, passed: result.kind === 'pass-fail' && result.passed });
  }
  const equipment = input.equipment.find((entry) => entry.id === result.equipmentId);
  if (equipment === undefined) {
    return err(qualityError('equipment_not_registered', { equipmentId: result.equipmentId }));
  }
  return checkEquipmentUsable(equipment, input.on).map(() => ({
    category,
    itemId,
    passed: isWithinLimits(item, result.value),
  }));
}

function findMissing(
  checklists: readonly Checklist[],
  input: ChecklistInput,
): Result<void, QualityError> {
  for (const category of input.categories) {
    const checklist = checklists.find((candidate) => candidate.category === category);
    if (checklist === undefined) continue;
    const missingItemIds = checklist.items
      .filter(
        (item) =>
          !input.results.some(
            (result) => result.category === category && result.itemId === item.id,
          ),
      )
      .map((item) => item.id);
    if (missingItemIds.length > 0) {
      return err(qualityError('checklist_incomplete', { category, missingItemIds }));
    }
  }
  return ok(undefined);
}

/**
 * Judges checklist results against the category checklists (§4.2(3)):
 * pass / fail items as recorded, measurements against their limits, each
 * measurement only with registered, in-service equipment whose calibration
 * is not overdue on `on` (§4.2(5)); with `requireComplete`, every item of
 * every covered category must be present. Categories without a checklist
 * require nothing.
 *
 * Errors: `checklist_item_unknown` (item not in the checklist, or a category
 * this check does not cover), `checklist_result_mismatch`,
 * `equipment_not_registered`, `equipment_calibration_overdue`,
 * `equipment_out_of_service`, `checklist_incomplete`.
 *
 * @returns every result judged, in the order given
 * @example
 * ```ts
 * evaluateChecklist({ results, equipment, categories: ['second-level-maintenance'], requireComplete: true, on });
 * // ok([{ category: 'second-level-maintenance', itemId: 'tread-depth', passed: true }, …])
 * ```
 * @category quality
 * @see §4.2(3)
 * @see §4.2(5)
 */
export function evaluateChecklist(
  input: ChecklistInput,
  config: QualityConfig = defaultQualityConfig,
): Result<readonly ChecklistOutcome[], QualityError> {
  const outcomes: ChecklistOutcome[] = [];
  for (const result of input.results) {
    const item = findItem(config.checklists, input.categories, result);
    if (item === undefined) {
      return err(
        qualityError('checklist_item_unknown', {
          category: result.category,
          itemId: result.itemId,
        }),
      );
    }
    const outcome = judge(result, item, input);
    if (outcome.isErr()) return err(outcome.error);
    outcomes.push(outcome.value);
  }
  if (!input.requireComplete) return ok(outcomes);
  return findMissing(config.checklists, input).map(() => outcomes);
}
