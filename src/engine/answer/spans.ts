/**
 * Name-like spans inside one sentence: names, places, date-like spans and parentheticals (amounts
 * are quantities.ts's). Every span is a verbatim slice of the sentence (start/end are offsets in it).
 */
import { fold, tokenize, type Token } from '../text/tokens.ts';
import { isStopword } from '../text/stopwords.ts';
import { bothLanguages } from '../language/index.ts';

export type SpanKind = 'name' | 'place' | 'date' | 'paren';

const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des|january|february|march|may|june|july|august|october|december|aug|oct|dec';
// Date-like spans ingestion does not resolve to a calendar day but a "when" question accepts:
// years and ranges ("tahun 1982", "1514-1530", "1990-an"), "11/8", "Juni 1997", "10-11 Oktober".
const DATE_LIKE = new RegExp(String.raw`(?:(?:sejak|pada|hingga|sampai|since|in)\s+)?(?:tahun\s+(?=\d{3,4}\b)\d{3,4}\b|\b(?:1[5-9]\d\d|20\d\d))(?:\s*[-–]\s*(?:1[5-9]\d\d|20\d\d))?(?:-an|s)?\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:${MONTHS})\b\.?(?:\s+\d{4})?`, 'giu');

export interface Span {
  kind: SpanKind;
  /** A name with its abbreviation or expansion in parentheses. */
  withParen?: boolean;
  /** A place after "ke/dari/to/from": where someone went or came from. */
  motion?: boolean;
  /** A clock time rather than a day. */
  clock?: boolean;
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

// Capitalized, but dates and time zones: never part of a name ("Aug 26", "Senin", "WIB").
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...bothLanguages('months'), ...bothLanguages('weekdays'), ...bothLanguages('timeZones')]);

const NAME_JOINERS = new Set(['of', 'on', 'for', 'the', 'de', 'van', 'der', 'von', 'bin', 'binti', 'al', 'el', 'da', 'di', 'la', 'le', 'du', 'des']);
const PLACE_PREPS = /(?:^|\s)(?:di|ke|dari|in|at|from|near|to|into|towards?|menuju|asal)\s+(?:(?:wilayah|kota|kawasan|provinsi|desa|kabupaten|negara|daerah|pulau|kecamatan|the|city of|province of)\s+)?$/i;

// Module constants: tsx and esbuild compile a \p{…} regex literal to `new RegExp(…)`, which inside a
// function would be rebuilt on every call.
const UPPER_START = /^\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;

function isCapitalized(t: Token): boolean {
  return UPPER_START.test(t.text);
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
    if (!t || !isCapitalized(t) || /^\d/.test(t.text) || CALENDAR_WORDS.has(t.folded)) { i += 1; continue; }
    // A capital at the start of a sentence is grammar, unless the article capitalizes the word elsewhere.
    if (isSentenceInitial(text, t) && (!ctx.properWords.has(t.folded) || isStopword(t.folded))) { i += 1; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const cur = tokens[j];
      if (!next || !cur) break;
      if (isCapitalized(next) && !/^\d/.test(next.text) && !CALENDAR_WORDS.has(next.folded) && gapIs(text, cur, next, /^[ \t]*-?[ \t]*$/)) { j += 1; continue; }
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
  return names.filter((n) => PLACE_PREPS.test(text.slice(Math.max(0, n.start - 40), n.start))).map((n) => {
    // "ke Rusia" / "from Jakarta" name a destination or origin; "di Kursk" / "in Kursk" a location.
    const motion = /(?:^|\s)(?:ke|dari|to|from|menuju|asal)\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, n.start - 25), n.start));
    return { ...n, kind: 'place' as const, ...(motion ? { motion: true } : {}) };
  });
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
    if (first >= 0 && ANY_LETTER.test(inner)) spans.push({ kind: 'paren', text: inner.trim(), start, end, first, last });
  }
  return spans;
}

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0 || (tokens[first]?.start ?? Infinity) >= end) return null;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < end) last += 1;
  return [first, last];
}

// Clock times: "pukul 21.00 WIB", "jam 9 pagi", "9:30 a.m.", "7 pm".
const CLOCK = /\b(?:(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT|pagi|siang|sore|malam))?|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\b)/giu;

function dateLikeSpans(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const raw = m[0].trim();
    const range = tokenRange(tokens, m.index, m.index + raw.length);
    if (range) spans.push({ kind: 'date', text: raw, start: m.index, end: m.index + raw.length, first: range[0], last: range[1], clock: true });
  }
  for (const m of text.matchAll(DATE_LIKE)) {
    const raw = m[0].trim();
    // A month word alone ("may", "mar") is too ambiguous to be a date.
    if (!/\d/.test(raw)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const range = tokenRange(tokens, start, start + raw.length);
    if (range) spans.push({ kind: 'date', text: raw, start, end: start + raw.length, first: range[0], last: range[1] });
  }
  return spans;
}

// "Badan Tenaga Atom Internasional (IAEA)": a name with its abbreviation (or expansion) is one answer.
function withParens(text: string, names: Span[], parens: Span[]): Span[] {
  const out: Span[] = [];
  for (const n of names) {
    const p = parens.find((x) => x.start > n.end && /^\s*\($/.test(text.slice(n.end, x.start)));
    if (p) out.push({ ...n, text: text.slice(n.start, p.end + 1), end: p.end + 1, last: p.last, withParen: true });
  }
  return out;
}

// "Nobel Kimia 2005", "SEA Games 2005": a year that closes a name belongs to it.
function withYears(text: string, names: Span[], tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (const n of names) {
    const next = tokens[n.last + 1];
    const last = tokens[n.last];
    if (next && last && /^(?:19|20)\d\d$/.test(next.text) && gapIs(text, last, next, /^ $/)) {
      out.push({ ...n, text: text.slice(n.start, next.end), end: next.end, last: n.last + 1 });
    }
  }
  return out;
}

// What follows "bernama", "berjudul", "yakni", "called" is a name the text introduces.
const NAMING = /\b(?:bernama|berjudul|bertema|bertajuk|dinamai|dinamakan|diberi nama|dengan nama|dijuluki|disebut|yakni|yaitu|adalah|called|named|titled|dubbed|known as)\s+["“'‘]?\s*/giu;

function introducedNames(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NAMING)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const quoted = /["“'‘]\s*$/u.test(m[0]);
    const end = start + (quoted ? rest.search(/["”'’]/u) : rest.search(/[,.;:()"“”]|\s(?:dan|yang|untuk|dari|di|and|which|that|for)\s/u));
    if (end <= start || end - start > 80) continue;
    const range = tokenRange(tokens, start, end);
    const firstWord = tokens[range?.[0] ?? -1];
    // "diberi nama oleh Presiden …" names nobody: the introduced name starts with a content word.
    if (range && firstWord && (quoted || !isStopword(firstWord.folded))) spans.push({ kind: 'name', text: text.slice(start, end).trim(), start, end, first: range[0], last: range[1] });
  }
  // A quoted title: “Manusia Indonesia”.
  for (const m of text.matchAll(/["“]([^"“”]{2,60})["”]/gu)) {
    const start = m.index + 1;
    const end = start + (m[1] ?? '').length;
    const range = tokenRange(tokens, start, end);
    if (range && (m[1] ?? '').split(/\s+/).length <= 6) spans.push({ kind: 'name', text: (m[1] ?? '').trim(), start, end, first: range[0], last: range[1] });
  }
  return spans;
}

/** Sentences already split into spans, per article (keyed by its proper-word set): answers re-read the same best sentences. */
const SPAN_CACHE = new WeakMap<ReadonlySet<string>, Map<string, { tokens: readonly Token[]; spans: readonly Span[] }>>();
const SPAN_CACHE_PER_ARTICLE = 256;

/**
 * All candidate spans of a sentence (calendar dates also come from ingestion, added by the caller).
 * Memoized per article and sentence — a pure function of both — so the results are read-only.
 */
export function findSpans(text: string, ctx: SpanContext): { tokens: readonly Token[]; spans: readonly Span[] } {
  let cache = SPAN_CACHE.get(ctx.properWords);
  if (!cache) {
    cache = new Map();
    SPAN_CACHE.set(ctx.properWords, cache);
  }
  const known = cache.get(text);
  if (known) return known;
  const found = computeSpans(text, ctx);
  if (cache.size >= SPAN_CACHE_PER_ARTICLE) cache.clear();
  cache.set(text, found);
  return found;
}

function computeSpans(text: string, ctx: SpanContext): { tokens: Token[]; spans: Span[] } {
  const tokens = tokenize(text);
  const names = nameSpans(text, tokens, ctx);
  const parens = parenSpans(text, tokens);
  return {
    tokens,
    spans: [...names, ...withParens(text, names, parens), ...withYears(text, names, tokens), ...introducedNames(text, tokens), ...placeSpans(text, names), ...parens, ...dateLikeSpans(text, tokens)],
  };
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
