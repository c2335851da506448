import type { ScalarValue } from '../shared/index';

function rank(value: ScalarValue): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 1;
  return typeof value === 'number' ? 2 : 3;
}

/**
 * Maps a UTF-16 code unit so that comparing mapped units orders strings by
 * code point: surrogates (code points above U+FFFF) move above U+E000–U+FFFF.
 */
function codePointWeight(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** Orders strings by Unicode code point, as SQL `COLLATE "C"` / SQLite `BINARY` do on UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointWeight(x) - codePointWeight(y);
  }
  return a.length - b.length;
}

/** The documented total order of scalars: null < false < true < numbers < strings. */
export function compareScalars(a: ScalarValue, b: ScalarValue): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0 || a === null || b === null) return byRank;
  if (typeof a === 'string') return compareCodePoints(a, b as string);
  return Number(a) - Number(b);
}
