import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  findPart,
  type PartNumber,
  resolveCurrentPart,
  supersedePart,
} from '../../src/parts/index';
import { AT, filter, part } from './fixtures';

const v1 = part({ id: 'part_v1', partNumber: 'P-1', supersededBy: 'P-2' });
const v2 = part({ id: 'part_v2', partNumber: 'P-2', supersededBy: 'P-3' });
const v3 = part({ id: 'part_v3', partNumber: 'P-3' });

describe('catalogue and supersession', () => {
  it('§6.2.1 supersession chains resolve to the newest number', () => {
    const catalogue = buildCatalogue([v1, v2, v3, filter])._unsafeUnwrap();
    expect(resolveCurrentPart(catalogue, 'P-1' as PartNumber)._unsafeUnwrap().id).toBe('part_v3');
    expect(resolveCurrentPart(catalogue, 'p-2' as PartNumber)._unsafeUnwrap().id).toBe('part_v3');
    expect(catalogue.currentPartIds).toMatchObject({
      part_v1: 'part_v3',
      part_v2: 'part_v3',
      part_v3: 'part_v3',
      part_filter: 'part_filter',
    });
    expect(findPart(catalogue, 'constructor')).toBeUndefined();
  });

  it('§6.2.1 a supersession cycle is rejected with the cycle named', () => {
    const loop = part({ id: 'part_v3', partNumber: 'P-3', supersededBy: 'P-1' });
    const error = buildCatalogue([v1, v2, loop])._unsafeUnwrapErr();
    expect(error.code).toBe('supersession_cycle');
    expect(error.data).toEqual({ partNumbers: ['P-1', 'P-2', 'P-3'] });
  });

  it('§6.2.1 unknown successors and duplicate numbers are rejected', () => {
    expect(buildCatalogue([v1])._unsafeUnwrapErr()).toMatchObject({
      code: 'part_number_unknown',
      data: { partNumber: 'P-2' },
    });
    expect(
      buildCatalogue([v3, part({ id: 'part_x', partNumber: 'P-3' })])._unsafeUnwrapErr().code,
    ).toBe('part_number_duplicate');
    const catalogue = buildCatalogue([v3])._unsafeUnwrap();
    expect(resolveCurrentPart(catalogue, 'NOPE' as PartNumber)._unsafeUnwrapErr().code).toBe(
      'part_number_unknown',
    );
  });

  it('§6.2.1 superseding a part rebuilds the chain and emits parts.part-superseded', () => {
    const catalogue = buildCatalogue([v2, v3, filter])._unsafeUnwrap();
    const result = supersedePart(catalogue, {
      partNumber: filter.partNumber,
      supersededBy: 'P-2' as PartNumber,
      at: AT,
    })._unsafeUnwrap();
    expect(result.part.supersededBy).toBe('P-2');
    expect(result.catalogue.currentPartIds.part_filter).toBe('part_v3');
    expect(result.events[0]).toMatchObject({
      type: 'parts.part-superseded',
      aggregateType: 'part',
      aggregateId: 'part_filter',
      payload: { partNumber: '90915-YZZE1', supersededBy: 'P-2', currentPartNumber: 'P-3' },
    });
    // The input catalogue is untouched.
    expect(catalogue.parts.part_filter?.supersededBy).toBeNull();
    const cycle = supersedePart(result.catalogue, {
      partNumber: 'P-3' as PartNumber,
      supersededBy: filter.partNumber,
      at: AT,
    });
    expect(cycle._unsafeUnwrapErr().code).toBe('supersession_cycle');
  });
});
