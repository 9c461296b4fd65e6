/** Small text helpers shared by the ingestion steps. Pure functions, no state. */
import { L, LL, LU, N, classOf } from './chars.ts';

// Zero-width and byte-order marks carry no text; pasted web pages are full of them.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Control characters (binary garbage, form feeds) except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Unpaired surrogate halves make later Unicode regexes and JSON output misbehave.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Non-breaking and typographic spaces become plain spaces so that word regexes see them.
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Any character that one of the replacements above would change (tab and \r included).
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\r\u2028\u2029\u0085\uD800-\uDFFF\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/** Whether the per-line clean-up changes `text` (only \n breaks lines): two spaces, or one at a line's edge. */
const spacesToClean = (text: string): boolean =>
  text.includes('  ') || text.startsWith(' ') || text.endsWith(' ') || text.includes(' \n') || text.includes('\n ');

/**
 * Normalize raw pasted text: unify line breaks, drop invisible/control characters, turn odd spaces
 * into plain ones, collapse runs of spaces and trim every line. Line structure is kept.
 */
export function normalizeText(raw: string): string {
  // Most pasted text is already clean: one scan each proves that the steps below change nothing.
  if (!SPECIAL.test(raw)) return spacesToClean(raw) ? cleanLines(raw) : raw;
  return cleanLines(
    raw
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(LONE_SURROGATE, '\uFFFD')
      .replace(INVISIBLE, '')
      .replace(CONTROL, '')
      .replace(ODD_SPACE, ' '),
  );
}

const cleanLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');

/**
 * Number of words in a string (letter/digit runs, with inner apostrophes and hyphens: "besar-besaran").
 * With a `limit`, counting stops there: the result is min(count, limit).
 */
export function wordCount(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  let joiner = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    if (code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : (classOf(code) & (L | N)) !== 0) {
      if (!inWord && !joiner) {
        n += 1;
        if (n >= limit) return limit;
      }
      inWord = true;
      joiner = false;
    } else {
      // An apostrophe or hyphen between letters keeps one word: "besar-besaran", "NATO's".
      joiner = inWord && (code === 39 || code === 0x2019 || code === 45);
      inWord = false;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return n;
}

/**
 * Whether the share of the non-space characters that are letters (low for tickers and menus of
 * symbols) is at least `share`. Stops as soon as the rest of the text cannot change the
 * answer: with `letters` of `visible` counted and `rest` UTF-16 units left (at most that many more
 * characters), the final share is between letters/(visible+rest) and (letters+rest)/(visible+rest),
 * and rounding a larger quotient never gives a smaller float.
 */
export function letterShareAtLeast(text: string, share: number): boolean {
  return letterShare(text, share) >= share;
}

// The share of letters, or a value on the same side of `share` as it, found early.
function letterShare(text: string, share: number): number {
  let letters = 0;
  let visible = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (share >= 0 && (i & 63) === 0 && i > 0) {
      const all = visible + (n - i);
      if (letters / all >= share) return 1;
      if ((letters + (n - i)) / all < share) return 0;
    }
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    if (code === 32 || code === 10 || code === 9) continue;
    visible += 1;
    // ASCII fast path; the class table only for other characters.
    if (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : (classOf(code) & L) !== 0) letters += 1;
  }
  return visible === 0 ? 0 : letters / visible;
}

/** Whether the text has letters and none of them is lowercase ("HOME FINANCE HOT ISSUE"). */
export function isAllCaps(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const f = classOf(code);
    if ((f & LL) !== 0) return false;
    if ((f & LU) !== 0) upper = true;
    i += code > 0xffff ? 2 : 1;
  }
  return upper;
}

const DOMAIN = /(?<![\p{L}\d.@-])[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40}){0,3}\.(?:co\.id|co\.uk|com\.au|com|net|org|news|tv|id|co)(?![\p{L}\d-])/iu;

/** A web domain inside the text ("kontan.co.id", "Okezone.com/Setpres" → "Okezone.com"). */
export function findDomain(text: string): string | null {
  const m = DOMAIN.exec(text);
  return m ? m[0] : null;
}

const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d; // " ' ” ’ » ) ]

/**
 * Whether a line ends like a sentence: final punctuation, allowing closing quotes and brackets after
 * it, or a closing quote. Same answer as /(?:[.!?…]+["'”’»)\]]*|[.!?…,]?["”»])$/u, read backwards
 * from the end instead of tried at every position.
 */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  const last = line.charCodeAt(i);
  if (last === 0x22 || last === 0x201d || last === 0xbb) return true;
  while (i >= 0 && isCloser(line.charCodeAt(i))) i -= 1;
  return i >= 0 && isTerminal(line.charCodeAt(i));
}
