/**
 * Character scans that replace Unicode-property regexes in the per-article loops: word runs,
 * lowercase words, whole-word search. Each one gives exactly what the regex in its comment gives.
 */
import { L, LL, M, N, classOf, codePointBefore } from './chars.ts';

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -

/**
 * End of the word that starts at `start`: the longest match of `[C]+(?:['’-][C]+)*` there, where
 * C is the class mask `chars` (a code point class test, like the regex with the `u` flag).
 */
export function wordEnd(text: string, start: number, chars: number): number {
  let i = start;
  for (;;) {
    // A run of word characters…
    while (i < text.length) {
      const cp = text.codePointAt(i) ?? 0;
      if ((classOf(cp) & chars) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
    // …continued by an apostrophe or hyphen only when another run follows it.
    if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (classOf(text.codePointAt(i + 1) ?? 0) & chars) !== 0) i += 1;
    else return i;
  }
}

/** Calls `f(start, end)` for every match of `/[\p{L}\p{N}]+/gu` in `text`. */
export function forEachLetterNumberRun(text: string, f: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    if ((classOf(cp) & (L | N)) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      f(start, i);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) f(start, text.length);
}

/** `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function letterNumberRuns(text: string): string[] {
  const out: string[] = [];
  forEachLetterNumberRun(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/** `text.startsWith(word, at)`, compared in place (startsWith is slow in V8 for longer strings). */
export function matchesAt(text: string, word: string, at: number): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k += 1) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Calls `f(start, end)` for every match of `/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*\/gu`: words that
 * start in lowercase. No strings are made: callers slice only the words they want.
 */
export function forEachLowercaseWord(text: string, f: (start: number, end: number) => void): void {
  let prev = 0; // class flags of the previous code point (0 at the start)
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const flags = classOf(cp);
    if ((flags & LL) !== 0 && (prev & (L | N)) === 0) {
      const start = i;
      i += cp > 0xffff ? 2 : 1;
      let last = flags;
      while (i < text.length) {
        const c = text.codePointAt(i) ?? 0;
        const g = classOf(c);
        if ((g & (L | M)) === 0) break;
        last = g;
        i += c > 0xffff ? 2 : 1;
      }
      f(start, i);
      prev = last;
      continue;
    }
    prev = flags;
    i += cp > 0xffff ? 2 : 1;
  }
}

/**
 * Whether `word` is one of the matches of forEachLowercaseWord in `text`. `word` must itself be a
 * lowercase word (\p{Ll}[\p{L}\p{M}]*). Found by native search; only an occurrence right after
 * a combining mark needs the scanner's view of the letters and marks before it.
 */
export function hasLowercaseWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // The match runs over all following letters and marks: the word must end where they do.
    if (end < text.length && (classOf(text.codePointAt(end) ?? 0) & (L | M)) !== 0) continue;
    const before = codePointBefore(text, at);
    const flags = before < 0 ? 0 : classOf(before);
    if ((flags & (L | N)) !== 0) continue;
    if ((flags & M) === 0 || firstLowercaseStart(text, at) === at) return true;
  }
  return false;
}

/**
 * Where the scanner starts a match in the run of letters and marks that holds `at`: the first
 * lowercase letter not after a letter or digit (a match then covers the rest of the run).
 */
function firstLowercaseStart(text: string, at: number): number {
  let r = at;
  for (let cp = codePointBefore(text, r); cp >= 0 && (classOf(cp) & (L | M)) !== 0; cp = codePointBefore(text, r)) r -= cp > 0xffff ? 2 : 1;
  const before = codePointBefore(text, r);
  let prev = before < 0 ? 0 : classOf(before);
  for (let i = r; i <= at; ) {
    const cp = text.codePointAt(i) ?? 0;
    const flags = classOf(cp);
    if ((flags & LL) !== 0 && (prev & (L | N)) === 0) return i;
    prev = flags;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/**
 * Whether `word` occurs in `text` between non-letters/digits: the test of
 * `new RegExp(`(?<![\p{L}\p{N}])${escaped word}(?![\p{L}\p{N}])`, 'u')`.
 */
export function containsWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  const firstLow = isLowSurrogate(word.charCodeAt(0));
  const lastHigh = isHighSurrogate(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // A `u` regex never starts a match inside a surrogate pair.
    if (firstLow && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    const before = codePointBefore(text, at);
    if (before >= 0 && (classOf(before) & (L | N)) !== 0) continue;
    const end = at + word.length;
    if (lastHigh && isLowSurrogate(text.charCodeAt(end))) continue;
    if (end < text.length && (classOf(text.codePointAt(end) ?? 0) & (L | N)) !== 0) continue;
    return true;
  }
  return false;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
