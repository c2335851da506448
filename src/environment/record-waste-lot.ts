import { err, ok, type Result } from 'neverthrow';
import {
  type ForbiddenError,
  parseWith,
  toDealerDate,
  type ValidationError,
  validationError,
} from '../shared/index';
import { checkRecordContext, permit, type RecordContext } from './command-context';
import { defaultEnvironmentConfig, type EnvironmentConfig, wasteCategoryRule } from './config';
import { type EnvironmentEvent, environmentEvent } from './events';
import { WasteLotIdSchema } from './ids';
import { type WasteLot, type WasteLotInput, WasteLotInputSchema } from './waste-lot-schema';

type Classification = Pick<WasteLot, 'hazardous' | 'hazardousClass' | 'wasteCode'>;

function classify(
  input: {
    category: WasteLot['category'];
    hazardousClass?: string | null | undefined;
    wasteCode?: string | null | undefined;
  },
  config: EnvironmentConfig,
): Result<Classification, ValidationError> {
  const rule = wasteCategoryRule(input.category, config);
  const hazardousClass = input.hazardousClass ?? rule.hazardousClass;
  const wasteCode = input.wasteCode ?? rule.wasteCode;
  if (!rule.hazardous) {
    return hazardousClass === null && wasteCode === null
      ? ok({ hazardous: false, hazardousClass: null, wasteCode: null })
      : err(issue('hazardousClass', 'code_without_hazard', 'this category is not hazardous waste'));
  }
  if (
    wasteCode !== null &&
    (hazardousClass === null || !wasteCode.endsWith(hazardousClass.slice(2)))
  ) {
    return err(
      issue('wasteCode', 'code_class_mismatch', 'the waste code does not belong to the class'),
    );
  }
  return ok({ hazardous: true, hazardousClass, wasteCode });
}

function issue(path: string, reason: string, detail: string): ValidationError {
  return validationError([{ path, reason, detail }], '§10.3(1)');
}

/**
 * Records a newly generated waste lot (产生) in the storage ledger
 * (§10.3(5)). The category's rule (§10.3(1), configurable) decides whether
 * it is hazardous waste and presets its catalogue class and code; the input
 * may name the class or code where the rule leaves them open (e.g. oil
 * filters) or for `other-hazardous`. Needs the `waste.record` capability.
 * Emits `environment.waste-generated`.
 *
 * Errors: `validation_failed` (reasons include `code_without_hazard`,
 * `code_class_mismatch`, `not_positive`); `forbidden` (§10.3(5)).
 *
 * @example
 * ```ts
 * const { lot } = recordWasteLot(
 *   { category: 'used-oil', weightKg: '18.5', plannedRoute: 'recycle' },
 *   { id: 'wl_1', at, actor: workshopSupervisor },
 * )._unsafeUnwrap();
 * lot.hazardousClass; // 'HW08'
 * ```
 * @category environment
 * @see §10.3(1)
 * @see §10.3(5)
 * @see §10.1
 */
export function recordWasteLot(
  input: WasteLotInput,
  context: RecordContext,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): Result<
  { readonly lot: WasteLot; readonly events: readonly EnvironmentEvent[] },
  ValidationError | ForbiddenError
> {
  return checkRecordContext(context, WasteLotIdSchema, '§10.3(5)').andThen(({ id, at, actor }) =>
    permit(actor, 'waste.record', context.capabilityMap).andThen(() =>
      parseWith(WasteLotInputSchema, input, '§10.3(5)').andThen((fields) =>
        classify(fields, config).map((classification) => {
          const lot: WasteLot = {
            id,
            version: 0,
            createdAt: at,
            updatedAt: at,
            category: fields.category,
            ...classification,
            weightKg: fields.weightKg,
            pieces: fields.pieces ?? null,
            repairOrderId: fields.repairOrderId ?? null,
            status: 'generated',
            generatedAt: at,
            generatedOn: toDealerDate(at, config.timeZone),
            generatedBy: actor.id,
            plannedRoute: fields.plannedRoute ?? null,
            storage: null,
            transfer: null,
          };
          const event = environmentEvent('environment.waste-generated', 'waste-lot', id, at, {
            lotId: id,
            category: lot.category,
            hazardous: lot.hazardous,
            hazardousClass: lot.hazardousClass,
            weightKg: lot.weightKg,
            repairOrderId: lot.repairOrderId,
            actorId: actor.id,
          });
          return { lot, events: [event] };
        }),
      ),
    ),
  );
}
