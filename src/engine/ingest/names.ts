/**
 * Word tokens and runs of capitalized words ("Sekretaris Jenderal NATO", "Mark Rutte"), plus the
 * list-based tests that tell a place or an organization from a person's name.
 */
import { NOT_NAMES, ORGS, ORG_HEADS, ORG_TAILS, PLACES, PLACE_HEADS, PLACE_TAILS } from './lexicon.ts';

/** A word with its offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
}

/** A run of adjacent capitalized words, possibly with name particles ("bin", "van") inside. */
export interface Run {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'al', 'el', 'da', 'dos', 'la', 'le']);

// The same sentence is tokenized by several steps (people, places, quotes): remember recent results.
const memo = new Map<string, Token[]>();

/** Word tokens of a text with their offsets. Callers must not mutate the returned array. */
export function tokenize(text: string): Token[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const word = m[0];
    const lower = word.toLowerCase();
    const c = word[0] ?? '';
    // A cased letter that differs from its lowercase form is a capital; uncased scripts never are.
    out.push({ text: word, lower, start, end: start + word.length, cap: c !== c.toLowerCase() });
  }
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

/** Whether two adjacent tokens are joined as one name: one space, or "W. " after an initial. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === ' & ') return true;
  return gap === '. ' && /^\p{Lu}$/u.test(a.text);
}

/** Maximal runs of capitalized words (particles allowed between capitals). */
export function capitalizedRuns(text: string, tokens: readonly Token[] = tokenize(text)): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    while (current.length > 0 && !current[current.length - 1]?.cap) current.pop();
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) runs.push({ tokens: current, text: text.slice(first.start, last.end), start: first.start, end: last.end });
    current = [];
  };
  for (const t of tokens) {
    const prev = current[current.length - 1];
    const fits = t.cap || (PARTICLES.has(t.lower) && current.length > 0);
    if (prev && fits && joined(text, prev, t)) current.push(t);
    else {
      flush();
      if (t.cap) current.push(t);
    }
  }
  flush();
  return runs;
}

/** Lowercased words of a name, joined by single spaces. */
export function nameKey(name: string): string {
  const hit = keyMemo.get(name);
  if (hit !== undefined) return hit;
  const key = name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .split(/[\s.]+/u)
    .filter(Boolean)
    .join(' ');
  if (keyMemo.size > 5000) keyMemo.clear();
  keyMemo.set(name, key);
  return key;
}
const keyMemo = new Map<string, string>();

/** Whether a list entry matches a surface form; short entries ("AS", "UN") must be written in capitals. */
function listed(list: ReadonlySet<string>, surface: string): boolean {
  const key = nameKey(surface);
  if (!list.has(key)) return false;
  return key.replace(/\s/g, '').length > 3 || surface === surface.toUpperCase();
}

/** An acronym: 2–6 capitals, optionally with digits ("NATO", "G20"). Time zones are not acronyms of anything. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(word) && !/^(?:WIB|WITA|WIT|GMT|UTC|AM|PM|II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(word);
}

/** Whether a capitalized phrase names a place: a listed place, "Pasar …", "Jakarta Timur". */
export function isPlace(phrase: string): boolean {
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
  if (listed(ORGS, phrase)) return true;
  const words = phrase.split(/\s+/u);
  if (words.length === 1) return isAcronym(phrase);
  const parts = nameKey(phrase).split(' ');
  return ORG_HEADS.has(parts[0] ?? '') || ORG_TAILS.has(parts[parts.length - 1] ?? '');
}

/** Whether a word can be part of a person's name (not a function word, month, place or org word). */
export function nameWordOk(token: Token): boolean {
  if (!token.cap && !PARTICLES.has(token.lower)) return false;
  if (NOT_NAMES.has(token.lower)) return false;
  return !isAcronym(token.text) || token.text.length <= 1;
}
