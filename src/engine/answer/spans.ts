/**
 * Candidate answer spans inside one sentence: names, places, numbers with units, dates and
 * parentheticals. Every span is a verbatim slice of the sentence (start/end are offsets in it).
 */
import { fold, tokenize, type Token } from '../text/tokens.ts';
import { isStopword } from '../text/stopwords.ts';

export type SpanKind = 'name' | 'place' | 'number' | 'date' | 'paren';

export interface Span {
  kind: SpanKind;
  text: string;
  start: number;
  end: number;
  /** Token index range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
}

/** Facts about the article that tell names from capitalized common words. */
export interface SpanContext {
  /** Folded words the article capitalizes mid-sentence: proper names and titles. */
  properWords: ReadonlySet<string>;
}

const NAME_JOINERS = new Set(['of', 'de', 'van', 'der', 'von', 'bin', 'binti', 'al', 'el', 'da', 'di']);
const PLACE_PREPS = /(?:^|\s)(?:di|ke|dari|in|at|from|near|menuju|asal)\s+(?:(?:wilayah|kota|kawasan|provinsi|desa|kabupaten|negara|daerah|pulau|kecamatan|the|city of|province of)\s+)?$/i;
const SCALE = /^(?:ribu|ribuan|juta|miliar|milyar|triliun|thousand|million|millions|billion|billions|trillion|persen|percent|per|%|kali|times)$/i;
const NUMBER_PREFIX = /(?:(?:sekitar|hampir|lebih dari|kurang dari|sebanyak|sebesar|mencapai|about|around|nearly|almost|more than|less than|over|some)\s+)?(?:Rp\.?\s?|US\$\s?|\$|€|£)?$/i;
const NUMBER_WORDS = new Set(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas',
  'seratus', 'seribu', 'puluhan', 'ratusan', 'ribuan', 'jutaan', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands', 'millions']);

function isCapitalized(t: Token): boolean {
  return /^[\p{Lu}]/u.test(t.text) || /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text);
}

function gapIs(text: string, a: Token, b: Token, re: RegExp): boolean {
  return re.test(text.slice(a.end, b.start));
}

function isSentenceInitial(text: string, t: Token): boolean {
  return /^[\s"“‘'(«-]*$/u.test(text.slice(0, t.start)) || /[.!?:]["”’']?\s+[\s"“‘'(]*$/u.test(text.slice(0, t.start));
}

/** Maximal runs of capitalized tokens (with joiners like "of", "bin"), as name spans. */
function nameSpans(text: string, tokens: Token[], ctx: SpanContext): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapitalized(t) || /^\d/.test(t.text)) { i += 1; continue; }
    // A capital at the start of a sentence is grammar, unless the article capitalizes the word elsewhere.
    if (isSentenceInitial(text, t) && (!ctx.properWords.has(t.folded) || isStopword(t.folded))) { i += 1; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const cur = tokens[j];
      if (!next || !cur) break;
      if (isCapitalized(next) && !/^\d/.test(next.text) && gapIs(text, cur, next, /^[ \t]*-?[ \t]*$/)) { j += 1; continue; }
      const after = tokens[j + 2];
      if (NAME_JOINERS.has(next.folded) && after && isCapitalized(after) && gapIs(text, cur, next, /^ $/) && gapIs(text, next, after, /^ $/)) { j += 2; continue; }
      break;
    }
    const first = tokens[i];
    const last = tokens[j];
    if (first && last) {
      // "The Straits Times": keep a leading article that belongs to the name.
      spans.push({ kind: 'name', text: text.slice(first.start, last.end), start: first.start, end: last.end, first: i, last: j });
    }
    i = j + 1;
  }
  return spans;
}

function placeSpans(text: string, names: Span[]): Span[] {
  return names.filter((n) => PLACE_PREPS.test(text.slice(Math.max(0, n.start - 40), n.start))).map((n) => ({ ...n, kind: 'place' as const }));
}

function numberSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    const isDigit = /^\d/.test(t.text);
    if (!isDigit && !NUMBER_WORDS.has(t.folded)) return;
    if (!isDigit && i > 0 && isCapitalized(t)) return;
    let j = i;
    while (j + 1 < tokens.length && SCALE.test(tokens[j + 1]?.text ?? '') && gapIs(text, tokens[j] as Token, tokens[j + 1] as Token, /^\s*$/)) j += 1;
    // The counted noun: "84 penumpang", "4.000 ekor", "15 kali".
    const unit = tokens[j + 1];
    if (unit && !isCapitalized(unit) && !/^\d/.test(unit.text) && !isStopword(unit.folded) && gapIs(text, tokens[j] as Token, unit, /^\s$/)) j += 1;
    let start = t.start;
    const prefix = NUMBER_PREFIX.exec(text.slice(Math.max(0, t.start - 24), t.start));
    if (prefix && prefix[0].trim()) start = t.start - prefix[0].length + (prefix[0].length - prefix[0].trimStart().length);
    const last = tokens[j] as Token;
    const end = text[last.end] === '%' ? last.end + 1 : last.end;
    spans.push({ kind: 'number', text: text.slice(start, end), start, end, first: i, last: j });
  });
  return spans;
}

function parenSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\(([^()]{2,80})\)/g)) {
    const inner = m[1] ?? '';
    const start = m.index + 1;
    const end = start + inner.length;
    const first = tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1]?.end ?? Infinity) <= end) last += 1;
    if (first >= 0 && /\p{L}/u.test(inner)) spans.push({ kind: 'paren', text: inner.trim(), start, end, first, last });
  }
  return spans;
}

/** All candidate spans of a sentence (dates come from ingestion and are added by the caller). */
export function findSpans(text: string, ctx: SpanContext): { tokens: Token[]; spans: Span[] } {
  const tokens = tokenize(text);
  const names = nameSpans(text, tokens, ctx);
  return { tokens, spans: [...names, ...placeSpans(text, names), ...numberSpans(text, tokens), ...parenSpans(text, tokens)] };
}

/** Folded words that the text capitalizes somewhere other than at a sentence start. */
export function properWordsOf(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const t of tokenize(s)) {
      if (isCapitalized(t) && !/^\d/.test(t.text) && !isSentenceInitial(s, t)) out.add(fold(t.text));
    }
  }
  return out;
}
