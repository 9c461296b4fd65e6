/**
 * The list-based tests that tell a place or an organization from a person's name, and the keys
 * names are compared by.
 */
import { LU, S, classOf } from './chars.ts';
import { NOT_NAMES, ORGS, ORG_HEADS, ORG_TAILS, PLACES, PLACE_HEADS, PLACE_TAILS, PLACE_TAIL_NOUNS } from './lexicon.ts';
import { PARTICLES, isPossessive, type Token } from './tokens.ts';

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

/** Whether a capitalized phrase names a place: a listed place, "Pasar …", "Jakarta Timur", "Yishun Park". */
export function isPlace(phrase: string): boolean {
  return memoized(placeMemo, phrase, placeTest);
}

function placeTest(phrase: string): boolean {
  if (listed(PLACES, phrase)) return true;
  const parts = nameKey(phrase).split(' ');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 2 && (PLACE_HEADS.has(first) || PLACE_TAIL_NOUNS.has(last))) return true;
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
const PLACE_WORDS = wordsOfEntries(PLACES, PLACE_HEADS, PLACE_TAILS, PLACE_TAIL_NOUNS);
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

const ROMAN = /^[IVXLC]+$/u;
const DIGIT = /\d/u;

/**
 * Whether a word can be part of a person's name: not a function word, nor a word written all in
 * capitals (an acronym, a headline, a masthead: "BISNISKITA"), a roman numeral ("Level IV") or a
 * word with digits ("Rp72", "A321neo").
 */
export function nameWordOk(token: Token): boolean {
  if (!token.cap && !PARTICLES.has(token.lower)) return false;
  if (NOT_NAMES.has(token.lower)) return false;
  if (token.text.length <= 1) return true;
  return !isAcronym(token.text) && !ROMAN.test(token.text) && token.text !== token.text.toUpperCase() && !DIGIT.test(token.text) && !SHORT_MIXED.test(token.text);
}
// Short words with two capitals are acronyms written in mixed case: "DoA", "KPw".
const SHORT_MIXED = /^(?=.{2,4}$)\p{Lu}\p{Ll}*\p{Lu}/u;
