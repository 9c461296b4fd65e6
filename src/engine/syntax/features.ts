/**
 * Features of the Indonesian part-of-speech tagger, shared by the trainer (scripts/train-tagger.ts)
 * and the runtime (tagger.ts) so that the two can never disagree.
 *
 * The tagger sees the engine's tokens only (words, no punctuation: src/engine/text/tokens.ts), so
 * punctuation reaches it as features of the gaps between tokens. For
 *   «"Harga beras naik," kata Jokowi.»
 * the token "kata" has the gap before `,"` (comma + quote: "cq") and after "" (a space), and
 * "naik" has the gap after "cq": the sign of a quotation closing before a reporting verb.
 */
import type { TaggableToken } from './upos.ts';

/** A sentence as the features see it: normalized words and the punctuation around each. */
export interface FeatureContext {
  /** Normalized words: lowercase, digits folded ("rp0,0"), years as "!year". */
  readonly words: readonly string[];
  /** Shapes: "Xxx" for "Rutte", "XX" for "NATO", "Xxd,d" for "Rp12,5". */
  readonly shapes: readonly string[];
  /** gaps[i] is the punctuation class string before token i; gaps[n] is the one after the last. */
  readonly gaps: readonly string[];
  /** Word classes from the lexicon ("n", "nv", "a"; "" when the word is not in it). */
  readonly classes: readonly string[];
}

/** Word → its parts of speech in a dictionary, as a short class string ("nv"), or undefined. */
export type WordClasses = (word: string) => string | undefined;

/** Previous tags at the start of a sentence, as Honnibal's tagger writes them. */
export const START_TAGS = ['-START-', '-START2-'] as const;

// Punctuation classes of a gap: one letter each, in order of first appearance.
function gapClass(c: number): string {
  switch (c) {
    case 44: return 'c'; // ,
    case 34: case 39: case 0x201c: case 0x201d: case 0x2018: case 0x2019: case 0xab: case 0xbb: case 96: return 'q';
    case 40: case 91: case 123: return 'o'; // ( [ {
    case 41: case 93: case 125: return 'p'; // ) ] }
    case 58: case 59: return 'n'; // : ;
    case 46: case 0x2026: return 'e'; // . …
    case 63: return '?';
    case 33: return '!';
    case 45: case 0x2013: case 0x2014: return 'd'; // - – —
    case 47: return 's'; // /
    case 37: return '%';
    default: return c <= 32 || c === 0xa0 ? '' : 'y';
  }
}

/** Punctuation class string of text[from, to): "" for spaces, "h" for a bare hyphen ("negara-negara"). */
export function gapSignature(text: string, from: number, to: number): string {
  let out = '';
  let spaced = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = gapClass(c);
    if (k === '') { spaced = true; continue; }
    if (!out.includes(k)) out += k;
  }
  return out === 'd' && !spaced ? 'h' : out;
}

const YEAR = /^(1[89]|20)\d\d$/;
const DIGITS = /\d+/g;

/** The word key the features use: lowercase, digit runs as "0", four-digit years as "!year". */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  if (!/\d/.test(lower)) return lower;
  return YEAR.test(lower) ? '!year' : lower.replace(DIGITS, '0');
}

/** Character classes with runs capped at two: "Rutte" → "Xxx", "NATO" → "XX", "2024" → "dd". */
export function wordShape(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const k = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

/** Builds the feature context of a sentence from its text and its tokens. */
export function featureContext(text: string, tokens: readonly TaggableToken[], lexicon?: WordClasses): FeatureContext {
  const words: string[] = [];
  const shapes: string[] = [];
  const gaps: string[] = [];
  const classes: string[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    const word = normalizeWord(token.text);
    words.push(word);
    classes.push(lexicon === undefined ? '' : lexicalClass(word, lexicon));
    shapes.push(wordShape(token.text));
    gaps.push(gapSignature(text, previousEnd, token.start));
    previousEnd = token.end;
  }
  gaps.push(gapSignature(text, previousEnd, text.length));
  return { words, shapes, gaps, classes };
}

/** The word's dictionary class, else its host's without a clitic ("kepadanya" → "kepada"). */
export function lexicalClass(word: string, lexicon: WordClasses): string {
  const own = lexicon(word);
  if (own !== undefined) return own;
  const clitic = CLITIC.exec(word)?.[1];
  return clitic === undefined || word.length - clitic.length < 3 ? '' : `${lexicon(word.slice(0, -clitic.length)) ?? ''}`;
}

const PREFIX = /^(memper|mempe|meng|meny|mem|men|me|diper|di|ber|be|ter|peng|peny|pem|pen|per|pe|ke|se)/;
const CLITIC = /(nya|lah|kah|pun|ku|mu)$/;
const SUFFIX = /(kan|an|i)$/;

/**
 * Indonesian morphology guesses for a word of five letters or more: prefix class (meN-, di-, ber-,
 * ter-, peN-, per-, ke-, se-), derivational suffix under any clitic (-kan, -an, -i) and clitic
 * (-nya, -lah, -kah, -pun, -ku, -mu): "kebijakannya" → ke, an, nya.
 */
function morphology(word: string, out: string[]): void {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return;
  const clitic = CLITIC.exec(word)?.[1] ?? '';
  const stem = clitic === '' ? word : word.slice(0, -clitic.length);
  const prefix = PREFIX.exec(stem)?.[1] ?? '';
  const suffix = stem.length - prefix.length >= 4 ? (SUFFIX.exec(stem)?.[1] ?? '') : '';
  out.push(`mp:${prefix}`, `ms:${suffix}`, `mc:${prefix}|${suffix}`, `mk:${clitic}`);
}

/** Stand-ins for the words before the first token and after the last. */
export const START_WORD = '-START-';
export const END_WORD = '-END-';

/**
 * Features of a token that depend on it alone (its normalized word, shape and dictionary class):
 * for "digunakan", "w:digunakan", "s3:kan", "mc:di|kan"… The runtime caches their sum per word.
 */
export function tokenFeatures(w: string, shape: string, lx: string): string[] {
  const out = [
    'b',
    `w:${w}`,
    `p2:${w.slice(0, 2)}`,
    `p3:${w.slice(0, 3)}`,
    `p4:${w.slice(0, 4)}`,
    `s5:${w.slice(-5)}`,
    `s1:${w.slice(-1)}`,
    `s2:${w.slice(-2)}`,
    `s3:${w.slice(-3)}`,
    `s4:${w.slice(-4)}`,
    `sh:${shape}`,
    `lx:${lx}`,
    `lxs:${lx}|${shape.slice(0, 1)}`,
  ];
  morphology(w, out);
  return out;
}

/** Places of a neighbour relative to the token being tagged. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/**
 * Features a word gives the token `offset` places away ("w-1:kata" for the token after "kata");
 * `lx` is "-" for the sentence-boundary stand-ins. Cached per word like tokenFeatures.
 */
export function neighbourFeatures(word: string, lx: string, offset: (typeof NEIGHBOURS)[number]): string[] {
  switch (offset) {
    case -2: return [`w-2:${word}`];
    case -1: return [`w-1:${word}`, `s-1:${word.slice(-3)}`, `lx-1:${lx}`];
    case 1: return [`w+1:${word}`, `s+1:${word.slice(-3)}`, `lx+1:${lx}`];
    case 2: return [`w+2:${word}`];
  }
}

/** Features of the punctuation before and after a token ("" for a space). */
export function gapFeatures(before: string, after: string): string[] {
  return [`g<:${before}`, `g>:${after}`, `g<>:${before}|${after}`];
}

/** The previous word with the gap before the token, and the next word with the gap after it. */
export function gapWordFeatures(before: string, prev: string, after: string, next: string): string[] {
  return [`g<w-1:${before}|${prev}`, `g>w+1:${after}|${next}`];
}

/**
 * Features of token i that pair it with a neighbour: bigrams and shape pairs (always the first
 * four: the decoder looks those up by their parts), then position and reduplication.
 */
export function pairFeatures(context: FeatureContext, i: number): string[] {
  const { words, shapes, gaps } = context;
  const w = words[i] ?? '';
  const n = words.length;
  const prev = i > 0 ? (words[i - 1] as string) : START_WORD;
  const next = i + 1 < n ? (words[i + 1] as string) : END_WORD;
  const shape = shapes[i] ?? '';
  const out = [
    `w-1w:${prev}|${w}`,
    `ww+1:${w}|${next}`,
    `sh-1:${i > 0 ? (shapes[i - 1] as string) : '-'}|${shape}`,
    `sh+1:${shape}|${i + 1 < n ? (shapes[i + 1] as string) : '-'}`,
  ];
  if (i === 0) out.push(`i:${shape.slice(0, 1)}`);
  // Reduplication ("negara-negara", "sama-sama") is a bare hyphen between two equal words.
  if ((gaps[i] === 'h' && prev === w) || (gaps[i + 1] === 'h' && next === w)) out.push('rd');
  return out;
}

/** Features of token i that combine it with its neighbours or the punctuation around it. */
export function contextFeatures(context: FeatureContext, i: number): string[] {
  const { words, gaps } = context;
  const n = words.length;
  const before = gaps[i] ?? '';
  const after = gaps[i + 1] ?? '';
  const prev = i > 0 ? (words[i - 1] as string) : START_WORD;
  const next = i + 1 < n ? (words[i + 1] as string) : END_WORD;
  return [...gapFeatures(before, after), ...gapWordFeatures(before, prev, after, next), ...pairFeatures(context, i)];
}

/**
 * All features of token i that do not depend on tags: its own, its neighbours' and its context's.
 * With `words[i]` = "digunakan" they include "w:digunakan", "s3:kan", "mc:di|kan", "w-1:akan".
 */
export function staticFeatures(context: FeatureContext, i: number): string[] {
  const { words, shapes, classes } = context;
  const out = tokenFeatures(words[i] ?? '', shapes[i] ?? '', classes[i] ?? '');
  for (const offset of NEIGHBOURS) {
    const k = i + offset;
    const inside = k >= 0 && k < words.length;
    const word = inside ? (words[k] as string) : offset < 0 ? START_WORD : END_WORD;
    out.push(...neighbourFeatures(word, inside ? (classes[k] as string) : '-', offset));
  }
  out.push(...contextFeatures(context, i));
  return out;
}

/** Features that depend on the two previous tags only (the runtime keeps them in a table). */
export function tagPairFeatures(prevTag: string, prev2Tag: string): string[] {
  return [`t-1:${prevTag}`, `t-2:${prev2Tag}|${prevTag}`];
}

/** Features that combine the previous tag with the word. */
export function tagWordFeatures(word: string, prevTag: string): string[] {
  return [`t-1w:${prevTag}|${word}`, `t-1s:${prevTag}|${word.slice(-3)}`];
}

/** Features of token i that depend on the two previous tags. */
export function tagFeatures(context: FeatureContext, i: number, prevTag: string, prev2Tag: string): string[] {
  return [...tagPairFeatures(prevTag, prev2Tag), ...tagWordFeatures(context.words[i] ?? '', prevTag)];
}
