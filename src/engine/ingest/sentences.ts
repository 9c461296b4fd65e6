/**
 * Sentence splitter for news prose. A sentence ends at . ! ? … (plus closing quotes/brackets) when
 * whitespace and a sentence start follow, outside quotation marks, and not after an abbreviation or
 * an initial. Offsets are exact: paragraph.slice(start, start + text.length) === text.
 */
import type { Sentence } from '../types.ts';

// Abbreviations after which a period never ends a sentence: titles, "No.", street, Latin.
const NO_BREAK_ABBREVIATIONS = new Set(
  `dr dra drs prof h hj ir kh ny nn tn sdr sdri bpk ibu no nomor jl jln st mr mrs ms mt kol gen lt sen rep gov
  pres vs kec kab kel prov tel telp fig rp bd mgr pdt ust jend brig capt sgt hlm vol approx dept
  univ assoc jan feb mar apr jun jul aug agu sep sept oct okt nov dec des`.split(/\s+/),
);
const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '…']);

function count(text: string, chars: ReadonlySet<string>): number {
  let n = 0;
  for (const ch of text) if (chars.has(ch)) n += 1;
  return n;
}

/** The word (letters and inner dots) right before position `end`: "Dr" in "Dr.", "U.S" in "U.S.". */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i -= 1;
  return text.slice(i, end);
}

/** Whether a period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  // "U.S.", "S.H.", "a.n.", "e.g.": dotted initialisms continue the sentence.
  if (word.includes('.')) return /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word);
  // A single capital letter is an initial: "Joko W. Presiden".
  if (/^\p{Lu}$/u.test(word)) return true;
  return NO_BREAK_ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether `ch` can start a sentence: a capital or uncased letter, a digit, an opening quote or bracket. */
function isSentenceStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{Lt}\p{Lo}\p{N}“"‘'«„([¿¡]/u.test(ch);
}

/**
 * Split a paragraph into sentences. Quoted passages stay inside one sentence together with their
 * attribution ("“…,” ujar Rutte." is one sentence); a closing quote after a period ends a sentence.
 * Unbalanced quotation marks are ignored rather than swallowing the rest of the paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const straightBalanced = count(text, new Set(['"'])) % 2 === 0;
  const curlyBalanced = count(text, OPEN_QUOTES) === count(text, CLOSE_QUOTES);
  const out: Sentence[] = [];
  let depth = 0;
  let inStraight = false;
  let sentenceStart = 0;

  const track = (ch: string): void => {
    if (ch === '"' && straightBalanced) inStraight = !inStraight;
    else if (curlyBalanced && OPEN_QUOTES.has(ch)) depth += 1;
    else if (curlyBalanced && CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
  };
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) out.push({ text: body, start: from + lead });
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!TERMINALS.has(ch)) {
      track(ch);
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && TERMINALS.has(text[j] ?? '')) j += 1;
    const single = j - i === 1 && ch === '.';
    while (j < text.length && CLOSERS.has(text[j] ?? '')) {
      track(text[j] ?? '');
      j += 1;
    }
    let k = j;
    while (k < text.length && /\s/u.test(text[k] ?? '')) k += 1;
    const atEnd = k >= text.length;
    const boundary =
      depth === 0 &&
      !inStraight &&
      (atEnd || (k > j && isSentenceStart(text[k]))) &&
      !(single && !atEnd && isAbbreviation(text, i));
    if (boundary) {
      push(sentenceStart, j);
      sentenceStart = k;
    }
    i = j;
  }
  push(sentenceStart, text.length);
  return out;
}
