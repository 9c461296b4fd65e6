/**
 * Sentence splitter for news prose. A sentence ends at . ! ? … (plus closing quotes/brackets) when
 * whitespace and a sentence start follow, outside quotation marks, and not after an abbreviation or
 * an initial. Offsets are exact: paragraph.slice(start, start + text.length) === text.
 */
import type { Sentence } from '../types.ts';
import { L, LO, LT, LU, N, S, classOf } from './chars.ts';

// Abbreviations after which a period never ends a sentence: titles, "No.", street, Latin.
const NO_BREAK_ABBREVIATIONS = new Set(
  `dr dra drs prof h hj ir kh ny nn tn sdr sdri bpk ibu no nomor jl jln st mr mrs ms mt kol gen lt sen rep gov
  pres vs kec kab kel prov tel telp fig rp bd mgr pdt ust jend brig capt sgt hlm vol approx dept
  univ assoc jan feb mar apr jun jul aug agu sep sept oct okt nov dec des`.split(/\s+/),
);
// Character codes of the marks the splitter looks at; all are single UTF-16 units.
const STRAIGHT = 0x22; // "
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x201e;
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0xbb;
// Quotation marks (" “ « „ ” ») and, with them, the terminals (. ! ? …). Global: lastIndex is set before each use.
const QUOTES = /["“«„”»]/g;
const MARKS = /[.!?…"“«„”»]/g;
// " ” ’ ' » ) ]
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x29 || c === 0x5d;
// . ! ? …
const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
// “ " ‘ ' « „ ( [ ¿ ¡
const START_MARKS = new Set([0x201c, 0x22, 0x2018, 0x27, 0xab, 0x201e, 0x28, 0x5b, 0xbf, 0xa1]);

/**
 * The word (letters and inner dots) right before position `end`: "Dr" in "Dr.", "U.S" in "U.S.".
 * Looks at single UTF-16 units, so a letter outside the BMP ends the word.
 */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c !== 0x2e && (classOf(c) & L) === 0) break;
    i -= 1;
  }
  return text.slice(i, end);
}

const DOTTED_INITIALISM = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

/** Whether a period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  // "U.S.", "S.H.", "a.n.", "e.g.": dotted initialisms continue the sentence.
  if (word.includes('.')) return DOTTED_INITIALISM.test(word);
  // A single capital letter is an initial: "Joko W. Presiden".
  if (word.length === 1 && (classOf(word.charCodeAt(0)) & LU) !== 0) return true;
  return NO_BREAK_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether the UTF-16 unit at `k` can start a sentence: a capital or uncased letter, a digit, an
 * opening quote or bracket. Half of a surrogate pair never does.
 */
function isSentenceStart(text: string, k: number): boolean {
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  return (classOf(c) & (LU | LT | LO | N)) !== 0 || START_MARKS.has(c);
}

/**
 * Split a paragraph into sentences. Quoted passages stay inside one sentence together with their
 * attribution ("“…,” ujar Rutte." is one sentence); a closing quote after a period ends a sentence.
 * Unbalanced quotation marks are ignored rather than swallowing the rest of the paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const n = text.length;
  let straight = 0;
  let opens = 0;
  let closes = 0;
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m !== null; m = QUOTES.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === STRAIGHT) straight += 1;
    else if (isOpenQuote(c)) opens += 1;
    else closes += 1;
  }
  const straightBalanced = straight % 2 === 0;
  const curlyBalanced = opens === closes;
  const out: Sentence[] = [];
  let depth = 0;
  let inStraight = false;
  let sentenceStart = 0;

  const track = (c: number): void => {
    if (c === STRAIGHT && straightBalanced) inStraight = !inStraight;
    else if (curlyBalanced && isOpenQuote(c)) depth += 1;
    else if (curlyBalanced && isCloseQuote(c)) depth = Math.max(0, depth - 1);
  };
  // The trimmed text between two boundaries (trim() and \s strip the same characters).
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && (classOf(text.charCodeAt(a)) & S) !== 0) a += 1;
    while (b > a && (classOf(text.charCodeAt(b - 1)) & S) !== 0) b -= 1;
    if (b > a) out.push({ text: text.slice(a, b), start: a });
  };

  let i = 0;
  for (;;) {
    // Only terminals and quotation marks matter: the regex skips everything else natively.
    MARKS.lastIndex = i;
    const m = MARKS.exec(text);
    if (m === null) break;
    i = m.index;
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      track(c);
      i += 1;
      continue;
    }
    let j = i;
    while (j < n && isTerminal(text.charCodeAt(j))) j += 1;
    const single = j - i === 1 && c === 0x2e;
    while (j < n && isCloser(text.charCodeAt(j))) {
      track(text.charCodeAt(j));
      j += 1;
    }
    let k = j;
    while (k < n && (classOf(text.charCodeAt(k)) & S) !== 0) k += 1;
    const atEnd = k >= n;
    const boundary =
      depth === 0 &&
      !inStraight &&
      (atEnd || (k > j && isSentenceStart(text, k))) &&
      !(single && !atEnd && isAbbreviation(text, i));
    if (boundary) {
      push(sentenceStart, j);
      sentenceStart = k;
    }
    i = j;
  }
  push(sentenceStart, n);
  return out;
}
