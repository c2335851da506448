import { err, ok, type Result } from 'neverthrow';
import type { DomainEvent, Instant } from '../shared/index';
import { type PartsErrorData, type PartsRuleError, partsError } from './errors';
import { type PartsEventPayloads, partsEvent } from './events';
import type { PartId } from './ids';
import { ownValue, setOwn } from './records';
import type { Part, PartNumber } from './schema';

/**
 * The parts catalogue (配件目录) as one JSON-safe value: parts by id, ids by
 * part number, and every part's current (newest) part in its supersession
 * chain. Built and checked by {@link buildCatalogue}; never edit it by hand.
 *
 * @example
 * ```ts
 * const catalogue: Catalogue = buildCatalogue(parts)._unsafeUnwrap();
 * catalogue.currentPartIds['part_old']; // 'part_new'
 * ```
 * @category parts
 */
export interface Catalogue {
  readonly parts: Readonly<Record<string, Part>>;
  readonly partIdsByNumber: Readonly<Record<string, PartId>>;
  readonly currentPartIds: Readonly<Record<string, PartId>>;
}

/**
 * The errors of building or changing the catalogue.
 *
 * @example
 * ```ts
 * const code: CatalogueError['code'] = 'supersession_cycle';
 * ```
 * @category parts
 */
export type CatalogueError = Extract<
  PartsRuleError,
  { code: 'part_number_duplicate' | 'part_number_unknown' | 'supersession_cycle' }
>;

/**
 * Builds the catalogue from parts, resolving supersession (替代关系): a chain
 * old → newer → newest resolves every member to the newest number. Linear in
 * the number of parts.
 *
 * Errors: `part_number_duplicate` (two parts share a number, or an id
 * repeats), `part_number_unknown` (a `supersededBy` names no part),
 * `supersession_cycle` (a chain returns to itself; `partNumbers` lists the cycle).
 *
 * @example
 * ```ts
 * const catalogue = buildCatalogue([oldFilter, newFilter])._unsafeUnwrap();
 * resolveCurrentPart(catalogue, oldFilter.partNumber)._unsafeUnwrap().partNumber; // newFilter's
 * ```
 * @category parts
 * @see §6.2.1
 */
export function buildCatalogue(parts: readonly Part[]): Result<Catalogue, CatalogueError> {
  const byId: Record<string, Part> = {};
  const idsByNumber: Record<string, PartId> = {};
  for (const part of parts) {
    if (Object.hasOwn(idsByNumber, part.partNumber) || Object.hasOwn(byId, part.id)) {
      return err(partsError('part_number_duplicate', { partNumber: part.partNumber }));
    }
    setOwn(idsByNumber, part.partNumber, part.id);
    setOwn(byId, part.id, part);
  }
  const current: Record<string, PartId> = {};
  for (const part of parts) {
    const resolved = resolveChain(part, byId, idsByNumber, current);
    if (resolved.isErr()) return err(resolved.error);
  }
  return ok({ parts: byId, partIdsByNumber: idsByNumber, currentPartIds: current });
}

/** Follows one chain, memoising every member's newest part; iterative, so deep chains are fine. */
function resolveChain(
  start: Part,
  byId: Readonly<Record<string, Part>>,
  idsByNumber: Readonly<Record<string, PartId>>,
  current: Record<string, PartId>,
): Result<PartId, CatalogueError> {
  const path: Part[] = [];
  const onPath = new Set<string>();
  let part = start;
  let newest: PartId | undefined = ownValue(current, part.id);
  while (newest === undefined) {
    path.push(part);
    onPath.add(part.id);
    if (part.supersededBy === null) {
      newest = part.id;
      break;
    }
    const nextId = ownValue(idsByNumber, part.supersededBy);
    if (nextId === undefined) {
      return err(partsError('part_number_unknown', { partNumber: part.supersededBy }));
    }
    if (onPath.has(nextId)) return err(cycleError(path, nextId));
    part = ownValue(byId, nextId) as Part;
    newest = ownValue(current, part.id);
  }
  for (const member of path) setOwn(current, member.id, newest);
  return ok(newest);
}

function cycleError(path: readonly Part[], repeatedId: string): CatalogueError {
  const start = path.findIndex((part) => part.id === repeatedId);
  const data: PartsErrorData['supersession_cycle'] = {
    partNumbers: path.slice(start).map((part) => part.partNumber),
  };
  return partsError('supersession_cycle', data);
}

/**
 * The part a catalogue holds under an id.
 *
 * @example
 * ```ts
 * findPart(catalogue, 'part_1')?.unit; // 'piece'
 * ```
 * @category parts
 */
export function findPart(catalogue: Catalogue, partId: string): Part | undefined {
  return ownValue(catalogue.parts, partId);
}

/**
 * The current part for a part number: the number itself, or the newest
 * number of its supersession chain (what to order and issue today).
 *
 * Errors: `part_number_unknown`.
 *
 * @example
 * ```ts
 * resolveCurrentPart(catalogue, '90915-YZZE1' as PartNumber); // ok(the newest filter)
 * ```
 * @category parts
 * @see §6.2.1
 */
export function resolveCurrentPart(
  catalogue: Catalogue,
  partNumber: PartNumber,
): Result<Part, Extract<PartsRuleError, { code: 'part_number_unknown' }>> {
  const id = ownValue(catalogue.partIdsByNumber, partNumber.toUpperCase());
  const currentId = id === undefined ? undefined : ownValue(catalogue.currentPartIds, id);
  const part = currentId === undefined ? undefined : findPart(catalogue, currentId);
  return part === undefined ? err(partsError('part_number_unknown', { partNumber })) : ok(part);
}

/**
 * Records that `partNumber` is superseded by `supersededBy` and rebuilds the
 * catalogue, so the cycle check covers the new link. Returns the updated old
 * part (its `updatedAt` is `at`) and a `parts.part-superseded` event.
 *
 * Errors: `part_number_unknown`, `supersession_cycle`.
 *
 * @example
 * ```ts
 * const { catalogue: next, events } = supersedePart(catalogue, {
 *   partNumber: 'OLD-1' as PartNumber, supersededBy: 'NEW-1' as PartNumber, at,
 * })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.1
 */
export function supersedePart(
  catalogue: Catalogue,
  change: {
    readonly partNumber: PartNumber;
    readonly supersededBy: PartNumber;
    readonly at: Instant;
  },
): Result<
  {
    readonly catalogue: Catalogue;
    readonly part: Part;
    readonly events: readonly DomainEvent<
      'parts.part-superseded',
      PartsEventPayloads['parts.part-superseded']
    >[];
  },
  CatalogueError
> {
  const oldId = ownValue(catalogue.partIdsByNumber, change.partNumber);
  const old = oldId === undefined ? undefined : findPart(catalogue, oldId);
  if (old === undefined) {
    return err(partsError('part_number_unknown', { partNumber: change.partNumber }));
  }
  const updated: Part = { ...old, supersededBy: change.supersededBy, updatedAt: change.at };
  const parts = Object.values(catalogue.parts).map((part) => (part.id === old.id ? updated : part));
  return buildCatalogue(parts).andThen((next) => {
    const newestId = ownValue(next.currentPartIds, old.id) as PartId;
    const newest = findPart(next, newestId) as Part;
    const event = partsEvent('parts.part-superseded', old.id, change.at, {
      partId: old.id,
      partNumber: old.partNumber,
      supersededBy: change.supersededBy,
      currentPartNumber: newest.partNumber,
    });
    return ok({ catalogue: next, part: updated, events: [event] });
  });
}
