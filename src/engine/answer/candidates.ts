/**
 * Typed answer candidates of one sentence: every span that could answer some question, with its
 * kind. Names are typed person / organisation / place by what ingestion learnt about the article
 * (its people, organisations and places) and by the name's own words; amounts come from
 * quantities.ts; calendar dates from ingestion; days, years and relative days from the patterns
 * below. Every candidate is a verbatim slice of the sentence.
 *
 * Example: "Seorang penumpang laki-laki berinisial ES (62) yang duduk di kursi 6A itu …" →
 *   age "62", code "6A", name "ES", place? no ("kursi" is not a place word).
 */
import { bothLanguages } from '../language/index.ts';
import { isOrganization, isPlace } from '../ingest/names.ts';
import type { Article, DateMention } from '../types.ts';
import { fold, type Token } from '../text/tokens.ts';
import { findQuantities, type QuantityKind } from './quantities.ts';
import { findReasons } from './reasons.ts';
import { findSpans, type Span, type SpanContext } from './spans.ts';

/** What a candidate is. */
export type CandidateKind = 'person' | 'organization' | 'place' | 'name' | 'date' | QuantityKind | 'phrase' | 'reason';

export interface Candidate {
  kind: CandidateKind;
  text: string;
  /** Character range within the sentence. */
  start: number;
  end: number;
  /** Token range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
  /** A calendar date resolved at ingestion, for normalization. */
  date?: DateMention;
  /** A place after "ke/dari/to/from": where someone went or came from. */
  motion?: boolean;
  /** Inside parentheses: an abbreviation, an age, a gloss. */
  paren?: boolean;
  /** Token range of the noun a count counts, or of the words a name was peeled from. */
  unit?: [number, number];
  /** The place of the article's dateline ("Brussels:", "JAKARTA -"): where the report was filed. */
  dateline?: boolean;
  /** Another part of the dateline ("Kompas" of "Singapura, Kompas -"): the report's byline, not its content. */
  datelineRest?: boolean;
  /** Read from the sentence after the matched one ("… darurat. Hal ini karena …"). */
  nextSentence?: boolean;
}

/** The sentence a candidate set was read from. */
export interface CandidateSentence {
  text: string;
  /** Offset of the sentence in its paragraph (ingestion's dates are paragraph offsets). */
  offset: number;
  /** Ingestion's calendar dates of the paragraph. */
  dates: readonly DateMention[];
  /** 1-based body paragraph number. */
  paragraph: number;
  article: Article;
}

const WEEKDAYS = [...bothLanguages('weekdays')].join('|');
const PARTS_OF_DAY = [...bothLanguages('partsOfDay')].join('|');
const RELATIVE = [...bothLanguages('relativeDays')].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
// "Jumat pagi", "Kamis sore (3/8)", "Rabu besok", "on Thursday", "hari ini", "last week".
const DAY = new RegExp(String.raw`(?<![\p{L}])(?:(?:${WEEKDAYS})(?:\s+(?:${PARTS_OF_DAY}|besok|lalu|depan|ini|kemarin))?(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?|${RELATIVE})(?![\p{L}])`, 'giu');

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.end <= start || t.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

function knownPerson(article: Article, text: string): boolean {
  const f = fold(text);
  return article.people.some((p) => [p.name, ...p.aliases].some((n) => {
    const fn = fold(n);
    return fn.length > 2 && (f === fn || f.includes(fn) || fn.includes(f));
  }));
}

/** The kind of a capitalized span, from the article's analysis and the span's own words. */
export function nameKind(article: Article, span: Pick<Span, 'kind' | 'text'>): CandidateKind {
  const f = fold(span.text);
  // The name's own words first ("Pasar Johar", "The Straits Times"), then where it stands
  // ("dilansir dari The Straits Times" is not a place for standing after "dari").
  if (isPlace(span.text)) return 'place';
  if (isOrganization(span.text)) return 'organization';
  if (span.kind === 'place' || (article.places ?? []).some((p) => fold(p.name) === f)) return 'place';
  if ((article.organizations ?? []).some((o) => fold(o) === f)) return 'organization';
  if (knownPerson(article, span.text)) return 'person';
  return 'name';
}

function fromSpan(span: Span, article: Article): Candidate | null {
  const base = { text: span.text, start: span.start, end: span.end, first: span.first, last: span.last };
  switch (span.kind) {
    case 'name':
    case 'place': {
      const kind = nameKind(article, span);
      return { ...base, kind, ...(span.motion ? { motion: true } : {}) };
    }
    case 'paren':
      return { ...base, kind: nameKind(article, { kind: 'name', text: span.text }), paren: true };
    case 'date':
      return span.clock ? null : { ...base, kind: 'date' };
    default:
      return null;
  }
}

/** Candidates already read, per article and sentence: answers re-read the same best sentences. */
const CACHE = new WeakMap<Article, Map<string, { tokens: readonly Token[]; candidates: readonly Candidate[] }>>();
const CACHE_PER_ARTICLE = 256;

/**
 * Every typed candidate of a sentence, possibly overlapping (a name inside a longer name).
 * Memoized per article and sentence — a pure function of both — so the results are read-only.
 */
export function candidatesOf(sentence: CandidateSentence, ctx: SpanContext): { tokens: readonly Token[]; candidates: readonly Candidate[] } {
  let cache = CACHE.get(sentence.article);
  if (!cache) {
    cache = new Map();
    CACHE.set(sentence.article, cache);
  }
  const key = `${sentence.paragraph}\u0000${sentence.offset}\u0000${sentence.text}`;
  const known = cache.get(key);
  if (known) return known;
  const found = readCandidates(sentence, ctx);
  if (cache.size >= CACHE_PER_ARTICLE) cache.clear();
  cache.set(key, found);
  return found;
}

function readCandidates(sentence: CandidateSentence, ctx: SpanContext): { tokens: readonly Token[]; candidates: Candidate[] } {
  const { text, article } = sentence;
  const { tokens, spans } = findSpans(text, ctx);
  const out: Candidate[] = [];
  const add = (c: Candidate | null) => {
    if (!c) return;
    const same = out.find((o) => o.kind === c.kind && o.start === c.start && o.end === c.end);
    if (!same) out.push(c);
    else if (c.dateline) same.dateline = true;
  };
  for (const q of findQuantities(text)) {
    const unit = q.unitStart !== undefined && q.unitEnd !== undefined ? tokenRange(tokens, q.unitStart, q.unitEnd) : null;
    // A count is offered with its noun ("29 anak") and with its noun phrase ("Sebanyak 29 anak
    // buah kapal"): which length answers is learnt, not chosen here. A count without its noun
    // ("29") says less than the article does.
    const ends = unit ? [tokens[unit[0]]?.end ?? q.end, q.end] : [q.end];
    const starts = q.valueStart > q.start ? [q.start, q.valueStart] : [q.start];
    for (const start of starts) {
      for (const stop of ends) {
        const end = text.slice(start, stop).trimEnd().length + start;
        const range = tokenRange(tokens, start, end);
        if (range) add({ kind: q.kind, text: text.slice(start, end), start, end, first: range[0], last: range[1], ...(unit ? { unit } : {}) });
      }
    }
  }
  const end = sentence.offset + text.length;
  for (const d of sentence.dates) {
    if (d.start < sentence.offset || d.start >= end) continue;
    const start = d.start - sentence.offset;
    const range = tokenRange(tokens, start, start + d.text.length);
    if (range) add({ kind: 'date', text: d.text, start, end: start + d.text.length, first: range[0], last: range[1], date: d });
  }
  for (const m of text.matchAll(DAY)) {
    const range = tokenRange(tokens, m.index, m.index + m[0].length);
    // Lowercase "minggu" is a week, not Sunday.
    if (range && !/^minggu\b/.test(m[0])) add({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, first: range[0], last: range[1] });
  }
  for (const span of spans) add(fromSpan(span, article));
  const dateline = datelineCandidate(sentence, tokens);
  if (dateline) add(dateline);
  const opening = datelineOpening(sentence);
  if (opening) for (const c of out) if (!c.dateline && c.end <= opening.length) c.datelineRest = true;
  return { tokens, candidates: out.filter((c) => !contained(c, out)) };
}

/** The reason clauses of a sentence as candidates (for why-questions only: they cost a scan). */
export function reasonCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  return findReasons(text).flatMap((r) => {
    const range = tokenRange(tokens, r.start, r.end);
    return range ? [{ kind: 'reason' as const, text: text.slice(r.start, r.end), start: r.start, end: r.end, first: range[0], last: range[1] }] : [];
  });
}

/** The dateline's place, when the sentence opens the first paragraph with it. */
/** The dateline text ("Singapura, Kompas -") when the sentence opens the first paragraph with it. */
function datelineOpening(sentence: CandidateSentence): string | null {
  const { datelineText } = sentence.article.meta;
  return sentence.paragraph === 1 && sentence.offset === 0 && datelineText && sentence.text.startsWith(datelineText) ? datelineText : null;
}

function datelineCandidate(sentence: CandidateSentence, tokens: readonly Token[]): Candidate | null {
  const { dateline } = sentence.article.meta;
  const datelineText = datelineOpening(sentence);
  if (!datelineText || !dateline) return null;
  const start = datelineText.indexOf(dateline);
  const range = start >= 0 ? tokenRange(tokens, start, start + dateline.length) : null;
  return range ? { kind: 'place', text: dateline, start, end: start + dateline.length, first: range[0], last: range[1], dateline: true } : null;
}

const NAMED: ReadonlySet<CandidateKind> = new Set(['person', 'organization', 'place', 'name']);
const BARE: ReadonlySet<CandidateKind> = new Set(['number', 'count', 'ordinal']);

/**
 * A candidate that is only part of another one: a date inside a longer date ("Senin" in "Senin
 * (6/1/2025)"), a number inside a date ("17" of "(17/7)"), a clock time or a code, or the "1" of
 * "SDN Pajeleran 1" — but not a count after a name, which has its noun ("Pelalawan sembilan titik").
 */
function contained(c: Candidate, all: readonly Candidate[]): boolean {
  return all.some((o) => {
    if (o === c || o.start > c.start || o.end < c.end || o.end - o.start <= c.end - c.start) return false;
    if (c.kind === 'date') return o.kind === 'date';
    if (BARE.has(c.kind)) return o.kind === 'date' || o.kind === 'time' || o.kind === 'code' || NAMED.has(o.kind) || o.kind === 'money';
    return false;
  }) || (c.kind !== 'count' && BARE.has(c.kind) && all.some((o) => NAMED.has(o.kind) && o.end === c.start - 1));
}
