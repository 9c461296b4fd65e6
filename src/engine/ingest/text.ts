/** Small text helpers shared by the ingestion steps. Pure functions, no state. */

// Zero-width and byte-order marks carry no text; pasted web pages are full of them.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Control characters (binary garbage, form feeds) except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Unpaired surrogate halves make later Unicode regexes and JSON output misbehave.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Non-breaking and typographic spaces become plain spaces so that word regexes see them.
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalize raw pasted text: unify line breaks, drop invisible/control characters, turn odd spaces
 * into plain ones, collapse runs of spaces and trim every line. Line structure is kept.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Words (letter/digit runs) of a string. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

const isWordChar = (ch: string, code: number): boolean =>
  code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : /[\p{L}\p{N}]/u.test(ch);

/** Number of words in a string (same count as `words(text).length`, without building the array). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let joiner = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWordChar(ch, code)) {
      if (!inWord && !joiner) n += 1;
      inWord = true;
      joiner = false;
    } else {
      // An apostrophe or hyphen between letters keeps one word: "besar-besaran", "NATO's".
      joiner = inWord && (ch === "'" || ch === '’' || ch === '-');
      inWord = false;
    }
  }
  return n;
}

/** Share of the non-space characters that are letters (low for tickers and menus of symbols). */
export function letterRatio(text: string): number {
  let letters = 0;
  let visible = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 32 || code === 10 || code === 9) continue;
    visible += 1;
    // ASCII fast path; the Unicode test only for other characters.
    if (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : /\p{L}/u.test(ch)) letters += 1;
  }
  return visible === 0 ? 0 : letters / visible;
}

/** Whether the text has letters and none of them is lowercase ("HOME FINANCE HOT ISSUE"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Lowercased words joined by single spaces: the key used to compare lines for near-duplicates. */
export function comparisonKey(text: string): string {
  const hit = keyMemo.get(text);
  if (hit !== undefined) return hit;
  const key = words(text.toLowerCase()).join(' ');
  if (keyMemo.size > 500) keyMemo.clear();
  keyMemo.set(text, key);
  return key;
}
const keyMemo = new Map<string, string>();

/**
 * Whether `a` near-duplicates `b`: one's word sequence contains the other's, or they share most
 * words. Used for repeated titles and for captions that repeat the lead paragraph.
 */
export function nearDuplicate(a: string, b: string): boolean {
  const ka = comparisonKey(a);
  const kb = comparisonKey(b);
  if (ka.length < 12 || kb.length < 12) return ka === kb && ka.length > 0;
  if (kb.includes(ka) || ka.includes(kb)) return true;
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / Math.max(wa.size, wb.size) >= 0.85;
}

/** A web domain inside the text ("kontan.co.id", "Okezone.com/Setpres" → "Okezone.com"). */
export function findDomain(text: string): string | null {
  const m = /(?<![\p{L}\d.@-])[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40}){0,3}\.(?:co\.id|co\.uk|com\.au|com|net|org|news|tv|id|co)(?![\p{L}\d-])/iu.exec(text);
  return m ? m[0] : null;
}

/** Sentence-final punctuation at the end of a line, allowing closing quotes and brackets after it. */
export const SENTENCE_END = /(?:[.!?…]+["'”’»)\]]*|[.!?…,]?["”»])$/u;
