import { err, ok, type Result } from 'neverthrow';
import { match, P } from 'ts-pattern';
import { authorize, type CapabilityMap } from '../org/index';
import { compareMoney, isNegativeMoney, negateMoney, parseWith, sumMoney } from '../shared/index';
import { type PartsError, partsError } from './errors';
import { partsEvent } from './events';
import type { StocktakeTransition } from './open-stocktake';
import { fitsUnit, formatQuantity, toQuantityDecimal } from './quantity';
import {
  type ParsedStocktakeCommand,
  type StocktakeCommand,
  StocktakeCommandSchema,
} from './stocktake-commands';
import type { Stocktake, StocktakeLine } from './stocktake-schema';
import { lineValue } from './usage';

type CommandOf<T extends ParsedStocktakeCommand['type']> = Extract<
  ParsedStocktakeCommand,
  { type: T }
>;

const OPEN = P.union('counting', 'submitted', 'approved');

function recordCount(
  state: Stocktake,
  command: CommandOf<'record-count'>,
): Result<StocktakeTransition, PartsError> {
  const index = state.lines.findIndex(
    (line) => line.partId === command.partId && line.locationId === command.locationId,
  );
  const line = state.lines[index];
  if (line === undefined) {
    return err(
      partsError('stocktake_line_unknown', {
        partId: command.partId,
        locationId: command.locationId,
      }),
    );
  }
  if (!fitsUnit(command.counted, line.unit)) {
    return err(
      partsError('quantity_invalid_for_unit', {
        partId: line.partId,
        unit: line.unit,
        quantity: command.counted,
      }),
    );
  }
  const variance = formatQuantity(toQuantityDecimal(command.counted).minus(line.expected));
  const varianceValue = lineValue(variance, line.unitCost);
  const magnitude = isNegativeMoney(varianceValue) ? negateMoney(varianceValue) : varianceValue;
  // A cost in another currency than the threshold cannot be compared, so it needs approval.
  const needsApproval = compareMoney(magnitude, state.approvalThreshold).unwrapOr(1) > 0;
  const counted: StocktakeLine = {
    ...line,
    counted: command.counted,
    countedBy: command.actor.id,
    countedAt: command.at,
    varianceQuantity: variance,
    varianceValue,
    needsApproval,
  };
  const lines = state.lines.map((each, i) => (i === index ? counted : each));
  const event = partsEvent('parts.stocktake-counted', state.id, command.at, {
    stocktakeId: state.id,
    partId: line.partId,
    locationId: line.locationId,
    counted: command.counted,
  });
  return ok({ state: { ...state, lines, updatedAt: command.at }, events: [event] });
}

function submit(
  state: Stocktake,
  command: CommandOf<'submit'>,
): Result<StocktakeTransition, PartsError> {
  const uncountedLines = state.lines.filter((line) => line.counted === null).length;
  if (uncountedLines > 0) return err(partsError('stocktake_incomplete', { uncountedLines }));
  const values = state.lines.flatMap((line) =>
    line.varianceValue === null ? [] : [line.varianceValue],
  );
  return sumMoney(values, state.approvalThreshold.currency).map((varianceValue) => ({
    state: { ...state, status: 'submitted' as const, updatedAt: command.at },
    events: [
      partsEvent('parts.stocktake-submitted', state.id, command.at, {
        stocktakeId: state.id,
        varianceValue,
        linesOverThreshold: linesOverThreshold(state),
      }),
    ],
  }));
}

function linesOverThreshold(state: Stocktake): number {
  return state.lines.filter((line) => line.needsApproval).length;
}

function post(
  state: Stocktake,
  command: CommandOf<'post'>,
): Result<StocktakeTransition, PartsError> {
  const over = linesOverThreshold(state);
  if (state.status === 'submitted' && over > 0) {
    return err(
      partsError('stocktake_approval_required', {
        linesOverThreshold: over,
        threshold: state.approvalThreshold,
      }),
    );
  }
  const adjustmentLines = state.lines.filter((line) => line.varianceQuantity !== '0').length;
  const next: Stocktake = {
    ...state,
    status: 'posted',
    postedBy: command.actor.id,
    postedAt: command.at,
    updatedAt: command.at,
  };
  const event = partsEvent('parts.stocktake-posted', state.id, command.at, {
    stocktakeId: state.id,
    adjustmentLines,
  });
  return ok({ state: next, events: [event] });
}

/**
 * The stocktake state machine (盘点流程, §6.2.3): applies one command and
 * returns the new session with its events, or a typed error; never mutates
 * `state`. Matched over `[status, command.type]`:
 *
 * | status | command | needs | effect |
 * |---|---|---|---|
 * | `counting` | `record-count` | `stocktake.count` | count one line against the frozen snapshot; variance in quantity and value |
 * | `counting` | `submit` | `stocktake.count` | every line counted → `submitted` |
 * | `submitted` | `approve` | `stock-adjustment.approve` (warehouse supervisor) | → `approved` |
 * | `submitted` | `post` | `stock.move` | only if no variance exceeds the threshold → `posted` |
 * | `approved` | `post` | `stock.move` | → `posted` |
 * | any open | `cancel` | `stocktake.count` | → `cancelled` |
 * | anything else | | | `invalid_transition` |
 *
 * After `posted`, {@link postStocktakeAdjustments} posts the variances to the
 * ledger as adjustment movements.
 *
 * Errors: `validation_failed` (a malformed command, a negative count),
 * `forbidden`, `stocktake_line_unknown`, `quantity_invalid_for_unit`,
 * `stocktake_incomplete`, `stocktake_approval_required`, `invalid_transition`.
 *
 * @param state - the current session
 * @param command - what happened, with `at` and `actor`
 * @param options - the host's role → capability map
 * @example
 * ```ts
 * const counted = transitionStocktake(session, {
 *   type: 'record-count', partId: 'part_1', locationId: 'wh-main', counted: '11', at, actor: clerk,
 * })._unsafeUnwrap().state;
 * transitionStocktake(counted, { type: 'submit', at, actor: clerk });
 * ```
 * @category parts
 * @see §6.2.3
 * @see X-5
 */
export function transitionStocktake(
  state: Stocktake,
  command: StocktakeCommand,
  options: { readonly capabilityMap?: CapabilityMap } = {},
): Result<StocktakeTransition, PartsError> {
  const parsed = parseWith(StocktakeCommandSchema, command, '§6.2.3');
  if (parsed.isErr()) return err(parsed.error);
  const c = parsed.value;
  const can = (capability: Parameters<typeof authorize>[1]) =>
    authorize(c.actor, capability, { map: options.capabilityMap });
  return match<
    [Stocktake['status'], ParsedStocktakeCommand],
    Result<StocktakeTransition, PartsError>
  >([state.status, c])
    .with(['counting', { type: 'record-count' }], ([, cmd]) =>
      can('stocktake.count').andThen(() => recordCount(state, cmd)),
    )
    .with(['counting', { type: 'submit' }], ([, cmd]) =>
      can('stocktake.count').andThen(() => submit(state, cmd)),
    )
    .with(['submitted', { type: 'approve' }], ([, cmd]) =>
      can('stock-adjustment.approve').map(() => ({
        state: {
          ...state,
          status: 'approved' as const,
          approvedBy: cmd.actor.id,
          approvedAt: cmd.at,
          updatedAt: cmd.at,
        },
        events: [
          partsEvent('parts.stocktake-approved', state.id, cmd.at, {
            stocktakeId: state.id,
            approverId: cmd.actor.id,
          }),
        ],
      })),
    )
    .with([P.union('submitted', 'approved'), { type: 'post' }], ([, cmd]) =>
      can('stock.move').andThen(() => post(state, cmd)),
    )
    .with([OPEN, { type: 'cancel' }], ([, cmd]) =>
      can('stocktake.count').map(() => ({
        state: {
          ...state,
          status: 'cancelled' as const,
          cancelReason: cmd.reason,
          updatedAt: cmd.at,
        },
        events: [
          // The reason is free text and stays in the session: events carry no free text.
          partsEvent('parts.stocktake-cancelled', state.id, cmd.at, { stocktakeId: state.id }),
        ],
      })),
    )
    .otherwise(() =>
      err(
        partsError('invalid_transition', {
          entity: 'stocktake',
          status: String(state.status),
          command: c.type,
        }),
      ),
    );
}
