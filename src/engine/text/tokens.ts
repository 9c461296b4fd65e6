/**
 * Word tokens with their offsets, and the folding that makes "Rusia", "RUSIA" and "rusiá" one key.
 *
 * This runs over every word of every article at index time (7 million words for 100k paragraphs),
 * so the scanner walks character codes instead of running a Unicode regex per match, and folding
 * has an ASCII fast path; the rules are those of the regex below, kept as the specification.
 */

export interface Token {
  /** Verbatim surface form. */
  text: string;
  /** Lowercased, diacritics removed. */
  folded: string;
  start: number;
  end: number;
}

// Specification of a word: letters and digits, with inner ".,'’" joining runs ("Rp12,5", "Korea's").
// const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const AMOUNT = /^(?:rp|us|usd|idr|rm|s)?\p{N}+(?:[.,]\p{N}+)*$/iu;

// Module constants: tsx and esbuild compile a \p{…} regex literal to `new RegExp(…)`, which inside a
// function would be rebuilt on every call.
const MARKS = /\p{M}+/gu;

/** Whether the code point at `i` is a letter or digit; returns its length in UTF-16 units (0 if not). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? size : 0;
}

const isJoiner = (c: number): boolean => c === 46 || c === 44 || c === 39 || c === 0x2019; // . , ' ’
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Lowercase and strip combining marks; keeps letters of every script. */
export function fold(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) >= 128) return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }
  return text.toLowerCase();
}

/** End of a word without a trailing possessive "'s" / "’s": "Korea's" → "Korea". */
function possessiveEnd(text: string, start: number, end: number): number {
  if (end - start >= 3 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 32) === 115) return end - 2;
  return end;
}

/**
 * Visit each word as its [start, end) range in `text` (every word is a substring, so callers that
 * only need a key can hash the range without allocating): the WORD pattern above, possessives
 * dropped, and words joined by periods or commas that are not amounts split apart
 * ("Rusia.Ia" → "Rusia", "Ia").
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let size = wordCharAt(text, i);
    if (size === 0) { i += 1; continue; }
    const start = i;
    let joined = false;
    let dotted = false;
    i += size;
    for (;;) {
      while (i < n && (size = wordCharAt(text, i)) > 0) i += size;
      const c = text.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && wordCharAt(text, i + 1) > 0) {
        joined = true;
        if (c === 46 || c === 44) dotted = true;
        i += 1;
        continue;
      }
      break;
    }
    if (!joined) { visit(start, i); continue; }
    const end = possessiveEnd(text, start, i);
    // Amounts with a currency prefix stay whole: "Rp68.000", "US$3,5".
    if (!dotted || AMOUNT.test(text.slice(start, end))) { visit(start, end); continue; }
    // Split at the periods and commas; apostrophes stay inside a part ("Ma'ruf").
    let from = start;
    for (let j = start; j <= i; j += 1) {
      const c = j === i ? 46 : text.charCodeAt(j);
      if (c === 46 || c === 44) {
        if (j > from) visit(from, possessiveEnd(text, from, j));
        from = j + 1;
      }
    }
  }
}

/** Split text into word tokens (numbers keep their decimal separators: "1,82", "4.000"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachWord(text, (start, end) => {
    const surface = text.slice(start, end);
    out.push({ text: surface, folded: fold(surface), start, end });
  });
  return out;
}

/** True when the token is a number ("84", "4.000", "1,82"). */
export function isNumberToken(folded: string): boolean {
  return NUMBER.test(folded);
}
