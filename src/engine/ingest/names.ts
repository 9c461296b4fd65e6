/**
 * Word tokens and runs of capitalized words ("Sekretaris Jenderal NATO", "Mark Rutte"), plus the
 * list-based tests that tell a place or an organization from a person's name.
 */
import { L, LU, M, N, S, classOf } from './chars.ts';
import { wordEnd } from './scan.ts';
import { NOT_NAMES, ORGS, ORG_HEADS, ORG_TAILS, PLACES, PLACE_HEADS, PLACE_TAILS } from './lexicon.ts';

/** A word with its offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Cache of mayBePlace/mayBeOrganization, filled on first use (see KNOWN_PLACE…). */
  kinds: number;
}

/** A run of adjacent capitalized words, possibly with name particles ("bin", "van") inside. */
export interface Run {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  /** Index of the run's first token in the token list it was found in. */
  from: number;
}

/** Whether a word ends with a possessive "'s" or "’s" (checked by char codes: endsWith is slow). */
export function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'al', 'el', 'da', 'dos', 'la', 'le']);

// The same sentence is tokenized by several steps (people, places, quotes): remember recent results.
const memo = new Map<string, Token[]>();

/** Word tokens of a text with their offsets. Callers must not mutate the returned array. */
export function tokenize(text: string): Token[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    if ((classOf(cp) & (L | M)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = wordEnd(text, i, L | M | N);
    const word = text.slice(i, end);
    const c = word[0] ?? '';
    // A cased letter that differs from its lowercase form is a capital; uncased scripts never are.
    out.push({ text: word, lower: word.toLowerCase(), start: i, end, cap: c !== c.toLowerCase(), kinds: 0 });
    i = end;
  }
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

const isSpace = (c: number): boolean => (classOf(c) & S) !== 0;

/** Whether `text` is found at `start` in `paragraph` with whitespace (or the paragraph's edge) on both sides. */
function bounded(paragraph: string, text: string, start: number): boolean {
  const end = start + text.length;
  return (
    // slice + === rather than startsWith, which V8 compares slowly.
    paragraph.slice(start, end) === text &&
    (start === 0 || isSpace(paragraph.charCodeAt(start - 1))) &&
    (end === paragraph.length || isSpace(paragraph.charCodeAt(end)))
  );
}

/** Index of the first token that starts at or after `offset`. */
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tokens of the sentence `text` found at `start` in `paragraph`, taken from the paragraph's own
 * tokens: no token crosses whitespace, so a sentence with whitespace (or the paragraph's end) on
 * both sides, as splitSentences cuts them, tokenizes exactly like that stretch of its paragraph.
 * Anything else is tokenized on its own. Callers must not mutate the returned array.
 */
export function sentenceTokens(paragraph: string, text: string, start: number): Token[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const end = start + text.length;
  if (!bounded(paragraph, text, start)) return tokenize(text);
  const all = tokenize(paragraph);
  const lo = firstAtOrAfter(all, start);
  const out: Token[] = [];
  for (let i = lo; i < all.length; i += 1) {
    const t = all[i] as Token;
    if (t.end > end) break;
    out.push({ text: t.text, lower: t.lower, start: t.start - start, end: t.end - start, cap: t.cap, kinds: t.kinds });
  }
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

/** Whether two adjacent tokens are joined as one name: one space, " & ", or "W. " after an initial. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap === 1) return text.charCodeAt(a.end) === 32;
  if (gap === 3) return text.startsWith(' & ', a.end);
  return gap === 2 && text.startsWith('. ', a.end) && isSingleCapital(a.text);
}

/** `/^\p{Lu}$/u.test(word)`: one uppercase letter. */
function isSingleCapital(word: string): boolean {
  const cp = word.codePointAt(0) ?? 0;
  return word.length === (cp > 0xffff ? 2 : 1) && (classOf(cp) & LU) !== 0;
}

// People, places and organizations all ask for the runs of the same sentences and paragraphs.
const runMemo = new Map<string, { tokens: readonly Token[]; runs: Run[] }>();

/** Maximal runs of capitalized words (particles allowed between capitals). Callers must not mutate the result. */
export function capitalizedRuns(text: string, tokens: readonly Token[] = tokenize(text)): Run[] {
  // Only the runs of the text's own (memoized) tokens are remembered; other token lists vary.
  const hit = runMemo.get(text);
  if (hit && hit.tokens === tokens) return hit.runs;
  const runs = findRuns(text, tokens);
  if (tokens === memo.get(text)) {
    if (runMemo.size > 2000) runMemo.clear();
    runMemo.set(text, { tokens, runs });
  }
  return runs;
}

function findRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let start = -1; // index of the current run's first token, -1 when there is none
  let lastCap = -1; // index of its last capitalized token: particles at its end are dropped
  const flush = (): void => {
    const first = tokens[start];
    const last = tokens[lastCap];
    if (start >= 0 && first && last) {
      runs.push({ tokens: tokens.slice(start, lastCap + 1), text: text.slice(first.start, last.end), start: first.start, end: last.end, from: start });
    }
    start = -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // A current run always ends with the previous token.
    const fits = t.cap || (start >= 0 && PARTICLES.has(t.lower));
    if (start >= 0 && fits && joined(text, tokens[i - 1] as Token, t)) {
      if (t.cap) lastCap = i;
    } else {
      flush();
      if (t.cap) {
        start = i;
        lastCap = i;
      }
    }
  }
  flush();
  return runs;
}

/**
 * Remembers the runs of a sentence of `paragraph` (at `start`, cut as sentenceTokens needs),
 * taken from the paragraph's runs. Runs only depend on adjacent tokens, so when the tokens on
 * either side of each sentence edge are not joined, no run crosses it and the paragraph's runs
 * inside the sentence are the sentence's own. Otherwise the sentence keeps computing its runs.
 */
export function primeSentenceRuns(paragraph: string, text: string, start: number): void {
  const tokens = sentenceTokens(paragraph, text, start);
  const hit = runMemo.get(text);
  if (hit && hit.tokens === tokens) return;
  const end = start + text.length;
  if (!bounded(paragraph, text, start)) return;
  const all = tokenize(paragraph);
  const lo = firstAtOrAfter(all, start);
  const hi = firstAtOrAfter(all, end);
  if (hi - lo !== tokens.length) return;
  const before = all[lo - 1];
  const after = all[hi];
  const first = all[lo];
  const last = all[hi - 1];
  if (before && first && joined(paragraph, before, first)) return;
  if (after && last && joined(paragraph, last, after)) return;
  const runs: Run[] = [];
  for (const r of capitalizedRuns(paragraph, all)) {
    if (r.from < lo || r.from >= hi) continue;
    const from = r.from - lo;
    runs.push({ tokens: tokens.slice(from, from + r.tokens.length), text: r.text, start: r.start - start, end: r.end - start, from });
  }
  if (runMemo.size > 2000) runMemo.clear();
  runMemo.set(text, { tokens, runs });
}

/** Lowercased words of a name, joined by single spaces. */
export function nameKey(name: string): string {
  const hit = keyMemo.get(name);
  if (hit !== undefined) return hit;
  let lower = name.toLowerCase();
  if (isPossessive(lower)) lower = lower.slice(0, -2);
  // Most names are already words joined by single spaces: then the key is the lowercased name.
  const key = plainWords(lower) ? lower : lower.split(/[\s.]+/u).filter(Boolean).join(' ');
  if (keyMemo.size > 5000) keyMemo.clear();
  keyMemo.set(name, key);
  return key;
}
const keyMemo = new Map<string, string>();

/** Whether a string is non-empty words (no dots, no other spaces) separated by single spaces. */
function plainWords(s: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c === 46 || (classOf(c) & S) !== 0) return false;
    else previousSpace = false;
  }
  return !previousSpace;
}

/** Whether a list entry matches a surface form; short entries ("AS", "UN") must be written in capitals. */
function listed(list: ReadonlySet<string>, surface: string): boolean {
  const key = nameKey(surface);
  if (!list.has(key)) return false;
  // A key's only spaces are the single ones between its words.
  return key.length - (key.split(' ').length - 1) > 3 || surface === surface.toUpperCase();
}

const NOT_ACRONYMS = new Set(['WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'AM', 'PM', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** An acronym: 2–6 capitals, optionally with digits ("NATO", "G20"). Time zones are not acronyms of anything. */
export function isAcronym(word: string): boolean {
  // /^\p{Lu}[\p{Lu}\d]{1,5}$/u, by code points.
  if (word.length < 2 || word.length > 12) return false;
  let n = 0;
  for (let i = 0; i < word.length; n += 1) {
    const cp = word.codePointAt(i) ?? 0;
    const digit = cp >= 48 && cp <= 57;
    if (n === 0 ? (classOf(cp) & LU) === 0 : !digit && (classOf(cp) & LU) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return n >= 2 && n <= 6 && !NOT_ACRONYMS.has(word);
}

// Places and organizations are asked about the same phrases many times (people, titles, places).
const placeMemo = new Map<string, boolean>();
const orgMemo = new Map<string, boolean>();

function memoized(memo: Map<string, boolean>, phrase: string, test: (phrase: string) => boolean): boolean {
  const hit = memo.get(phrase);
  if (hit !== undefined) return hit;
  const value = test(phrase);
  if (memo.size > 5000) memo.clear();
  memo.set(phrase, value);
  return value;
}

/** Whether a capitalized phrase names a place: a listed place, "Pasar …", "Jakarta Timur". */
export function isPlace(phrase: string): boolean {
  return memoized(placeMemo, phrase, placeTest);
}

function placeTest(phrase: string): boolean {
  if (listed(PLACES, phrase)) return true;
  const parts = nameKey(phrase).split(' ');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 2 && PLACE_HEADS.has(first)) return true;
  if (parts.length >= 2 && PLACE_TAILS.has(last)) return PLACES.has(parts.slice(0, -1).join(' ')) || parts.length === 2;
  return false;
}

/** Whether a capitalized phrase names an organization: listed, an acronym, "Kementerian …", "… Tbk". */
export function isOrganization(phrase: string): boolean {
  return memoized(orgMemo, phrase, organizationTest);
}

function organizationTest(phrase: string): boolean {
  if (listed(ORGS, phrase)) return true;
  // One word: no whitespace at all (what `phrase.split(/\s+/u).length === 1` means).
  if (!/\s/u.test(phrase)) return isAcronym(phrase);
  const parts = nameKey(phrase).split(' ');
  return ORG_HEADS.has(parts[0] ?? '') || ORG_TAILS.has(parts[parts.length - 1] ?? '');
}

// Every word of every place/organization list entry. isPlace/isOrganization can only accept a
// phrase that has one of these words, so a run of tokens without any can skip them (places.ts).
const wordsOfEntries = (...lists: ReadonlySet<string>[]): Set<string> =>
  new Set(lists.flatMap((l) => [...l].flatMap((e) => e.split(/[\s.]+/u))));
const PLACE_WORDS = wordsOfEntries(PLACES, PLACE_HEADS, PLACE_TAILS);
const ORG_WORDS = wordsOfEntries(ORGS, ORG_HEADS, ORG_TAILS);

// The words of a phrase's key are its tokens lowercased (plus "&" between tokens joined by " & "),
// the last one without possessive endings; a capital sigma lowercases by context, so tokens with
// one are always worth asking about.
function listWord(words: ReadonlySet<string>, t: Token): boolean {
  for (let w = t.lower; ; w = w.slice(0, -2)) {
    if (words.has(w)) return true;
    if (!isPossessive(w)) break;
  }
  return t.text.includes('Σ') || words.has('&');
}

/** Whether the token's text, or that text without its possessive endings, is an acronym. */
function acronymForm(t: Token): boolean {
  for (let w = t.text; ; w = w.slice(0, -2)) {
    if (isAcronym(w)) return true;
    if (!isPossessive(w)) return false;
  }
}

/**
 * False when isPlace is false for every phrase that contains this token and is made of adjacent run
 * tokens (or is this token's text without a possessive "'s"): unless one of its tokens passes
 * this test, such a phrase is not a place. (False for most tokens: most capitalized words are names.)
 */
export function mayBePlace(t: Token): boolean {
  if ((t.kinds & KNOWN_PLACE) === 0) t.kinds |= KNOWN_PLACE | (listWord(PLACE_WORDS, t) ? PLACE_WORD : 0);
  return (t.kinds & PLACE_WORD) !== 0;
}

/** Like mayBePlace, for isOrganization (a one-token phrase can also be an acronym). */
export function mayBeOrganization(t: Token): boolean {
  if ((t.kinds & KNOWN_ORG) === 0) t.kinds |= KNOWN_ORG | (listWord(ORG_WORDS, t) || acronymForm(t) ? ORG_WORD : 0);
  return (t.kinds & ORG_WORD) !== 0;
}

// Bits of Token.kinds: whether each answer is known, and the answer.
const KNOWN_PLACE = 1;
const PLACE_WORD = 2;
const KNOWN_ORG = 4;
const ORG_WORD = 8;

/** isPlace(text) for the phrase `text` made of these adjacent run tokens. */
export function isPlaceRun(text: string, tokens: readonly Token[]): boolean {
  return tokens.some(mayBePlace) && isPlace(text);
}

/** isOrganization(text) for the phrase `text` made of these adjacent run tokens. */
export function isOrganizationRun(text: string, tokens: readonly Token[]): boolean {
  return tokens.some(mayBeOrganization) && isOrganization(text);
}

/** isPlace(t.text). */
export const tokenIsPlace = (t: Token): boolean => mayBePlace(t) && isPlace(t.text);

/** isOrganization(t.text). */
export const tokenIsOrganization = (t: Token): boolean => mayBeOrganization(t) && isOrganization(t.text);

/** Whether a word can be part of a person's name (not a function word, month, place or org word). */
export function nameWordOk(token: Token): boolean {
  if (!token.cap && !PARTICLES.has(token.lower)) return false;
  if (NOT_NAMES.has(token.lower)) return false;
  return !isAcronym(token.text) || token.text.length <= 1;
}
