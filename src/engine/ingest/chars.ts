/**
 * Unicode character classes by code point, for the hot character loops of ingestion. A Unicode
 * property regex costs far more per character than a table lookup, so each BMP code point's
 * classes are computed once (with the same regexes, so the answers are identical) and kept in a
 * table; astral code points, rare in news text, ask the regexes every time.
 */

/** Bit flags of the classes a code point belongs to. */
export const L = 1; // \p{L}
export const LU = 2; // \p{Lu}
export const LL = 4; // \p{Ll}
export const LT = 8; // \p{Lt}
export const LO = 16; // \p{Lo}
export const M = 32; // \p{M}
export const N = 64; // \p{N}
export const S = 128; // \s
const KNOWN = 256;

const PROPS: readonly [RegExp, number][] = [
  [/^\p{L}$/u, L],
  [/^\p{Lu}$/u, LU],
  [/^\p{Ll}$/u, LL],
  [/^\p{Lt}$/u, LT],
  [/^\p{Lo}$/u, LO],
  [/^\p{M}$/u, M],
  [/^\p{N}$/u, N],
  [/^\s$/u, S],
];

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = KNOWN;
  for (const [re, bit] of PROPS) if (re.test(ch)) f |= bit;
  return f;
}

// Filled lazily: a text only ever meets a few hundred distinct code points.
const table = new Uint16Array(0x10000);
for (let cp = 0; cp < 128; cp += 1) table[cp] = compute(cp);
const astral = new Map<number, number>();

/** The class flags of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const f = table[cp] ?? 0;
    if (f !== 0) return f;
    const g = compute(cp);
    table[cp] = g;
    return g;
  }
  let a = astral.get(cp);
  if (a === undefined) {
    a = compute(cp);
    if (astral.size < 10_000) astral.set(cp, a);
  }
  return a;
}

/** The code point that ends just before UTF-16 index `i` (what a `u` lookbehind sees), or -1. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}
