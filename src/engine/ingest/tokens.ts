/**
 * Word tokens with their offsets, and runs of capitalized words ("Sekretaris Jenderal NATO",
 * "Mark Rutte"). Sentences take theirs from their paragraph's, which is tokenized once.
 */
import { L, LU, M, N, S, classOf } from './chars.ts';
import { wordEnd } from './scan.ts';

/** A word with its offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Cache of mayBePlace/mayBeOrganization (names.ts), filled on first use. */
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

/** Name particles that may stand inside a run of capitalized words. */
export const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'al', 'el', 'da', 'dos', 'la', 'le', 'dela', 'del', 'della', 'delos', 'ter', 'ten']);

// The same sentence is tokenized by several steps (people, places, quotes): remember recent results.
const memo = new Map<string, Token[]>();

/** Word tokens of a text with their offsets. Callers must not mutate the returned array. */
export function tokenize(text: string): Token[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const out = tokenizeOnce(text);
  if (memo.size > 2000) memo.clear();
  memo.set(text, out);
  return out;
}

/**
 * Word tokens of a short stretch that is asked about once (the words around a verb): like
 * tokenize, without filling the memo that sentences and paragraphs share.
 */
export function tokenizeOnce(text: string, limit = Infinity): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length && out.length < limit; ) {
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
