/**
 * Entity answers (who, when, where, how many, which/name): score every candidate span in the top
 * sentences by type fit, distance to the question's matched words, and whether it merely repeats
 * the question; weigh by the sentence's retrieval score.
 *
 * Example: "Siapa Sekretaris Jenderal NATO?" over ¶1 "Brussels: Sekretaris Jenderal NATO, Mark
 * Rutte, pada Senin 2 Desember 2024, mengungkapkan …":
 *   "Sekretaris Jenderal NATO" repeats the question → ×0.1;  "Mark Rutte" known person, 1 token
 *   from the match → 1.0 × 0.88;  "Brussels" place → 0.3 …  ⇒ "Mark Rutte".
 */
import type { Article, DateMention } from '../types.ts';
import { stemEnglish, stemIndonesian } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { fold, tokenize, type Token } from '../text/tokens.ts';
import type { AnswerKind } from '../question/classify.ts';
import { citationOf, resolveHits, type AnswerContext, type Extraction, type HitSentence } from './context.ts';
import { inQuestion, matchTokens, overlapWithQuestion, questionKeys } from './match.ts';
import { findSpans, type Span } from './spans.ts';

interface Scored {
  text: string;
  score: number;
  hit: HitSentence;
  date?: DateMention;
}

const MOTION = /\b(?:ke\s*mana|dari\s*mana|darimana|kemana|asal|berasal|where\s+(?:to|from)|to\s+where|from\s+where|where\b.*\b(?:go|went|gone|send|sent|come|came|travel|move|moved|flee|fled)\b)/i;
const CLOCK_QUESTION = /\b(?:pukul\s+berapa|jam\s+berapa|what\s+time|until\s+when|at\s+what\s+hour)\b/i;
const AGE = /\b(?:usia|umur|berumur|berusia|age|aged|old)\b/i;
const CITED_DATE = /(?:dilansir|dikutip|dilaporkan|melaporkan|diakses|reported|quoted|cited|accessed|published)\b[^.]{0,40}$/i;
const PERSON_HEADS = new Set(['person', 'man', 'woman', 'official', 'minister', 'president', 'leader', 'orang', 'tokoh', 'pejabat', 'menteri', 'presiden']);

function isKnownPerson(article: Article, text: string): boolean {
  const f = fold(text);
  return article.people.some((p) => [p.name, ...p.aliases].some((n) => {
    const fn = fold(n);
    return fn.length > 2 && (f === fn || f.includes(fn) || fn.includes(f));
  }));
}

function typeFit(kind: AnswerKind, span: Span, article: Article, head: string | null, asksAge = false, asksMotion = false): number {
  switch (kind) {
    case 'person':
      if (span.kind === 'name' || span.kind === 'paren') return isKnownPerson(article, span.text) ? 1 : span.kind === 'name' ? 0.55 : 0.2;
      return span.kind === 'place' ? 0.2 : 0;
    case 'place':
      // "Where are they fighting?" wants a location; "Ke mana …?" / "from where" wants the motion.
      if (span.kind === 'place') return span.motion && !asksMotion ? 0.7 : 1;
      return span.kind === 'name' && !isKnownPerson(article, span.text) ? 0.35 : 0;
    case 'number':
      // A bare year is a date, rarely the count asked for.
      if (span.kind === 'number') {
        // "Darmi (54)" answers "how old", not "how many".
        if (span.age) return asksAge ? 1.5 : 0.2;
        return /^(?:1[5-9]|20)\d\d$/.test(span.text) ? 0.3 : 1;
      }
      return 0;
    case 'name':
      if (span.kind === 'paren') return 0.8;
      if (span.kind === 'name' || span.kind === 'place') {
        const person = isKnownPerson(article, span.text);
        return person && head && !PERSON_HEADS.has(head) ? 0.3 : 1;
      }
      return 0;
    default:
      return 0;
  }
}

// "berapa penumpang" → "84 penumpang"; "Badan apakah" → "Badan Tenaga Atom …": the span that
// carries the question's head noun is the kind of thing asked for.
function headBonus(span: Span, tokens: readonly Token[], head: string | null, headKeys: ReadonlySet<string>): number {
  if (!head) return 1;
  for (let i = span.first; i <= span.last; i += 1) {
    const t = tokens[i];
    // The head in the text's own language: "villages" asked, "12 desa" written.
    if (t && (t.folded === head || headKeys.has(stemIndonesian(t.folded)) || headKeys.has(stemEnglish(t.folded)))) return span.kind === 'number' ? 2 : 1.5;
  }
  return 1;
}

// Words that introduce a person without being their name: "Presiden", "Kepala", "Dr".
const TITLE_WORDS = new Set(['presiden', 'wakil', 'menteri', 'perdana', 'kepala', 'ketua', 'direktur', 'gubernur', 'bupati', 'wali',
  'kota', 'sekretaris', 'jenderal', 'panglima', 'dr', 'prof', 'ir', 'drs', 'hj', 'h', 'kh', 'mr', 'mrs', 'ms', 'president', 'minister',
  'prime', 'secretary', 'general', 'chief', 'director', 'governor', 'mayor', 'chairman', 'head', 'ceo', 'pt', 'tbk', 'umum', 'utama']);

/**
 * Sub-spans of a capitalized run with the question's own words (and title words) peeled off:
 * "Kepala Dinas Kesehatan NTT Stef Bria" asked as "Siapa Kepala Dinas Kesehatan NTT?" → "Stef Bria".
 */
function peeled(span: Span, tokens: readonly Token[], text: string, keys: ReadonlySet<string>): Span[] {
  if (span.kind !== 'name' && span.kind !== 'place') return [];
  const strip = (t: Token | undefined) => t !== undefined && (inQuestion(t, keys) || TITLE_WORDS.has(t.folded));
  let first = span.first;
  let last = span.last;
  while (first < last && strip(tokens[first])) first += 1;
  while (last > first && strip(tokens[last])) last -= 1;
  if (first === span.first && last === span.last) return [];
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || strip(a)) return [];
  // What is left must still look like a name: not "Ke" of "Ke-10", not the "I" of "Ketua I".
  if (first === last && (a.text.length < 3 || isStopword(a.folded))) return [];
  return [{ ...span, text: text.slice(a.start, b.end), start: a.start, end: b.end, first, last }];
}

// "Energi apa …?" over "… energi biogas yang …": the head noun and the words naming its kind.
function headed(tokens: readonly Token[], text: string, head: string | null, kind: AnswerKind): Span[] {
  if (!head || kind !== 'name') return [];
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if (t.folded !== head) return;
    let last = i;
    while (last + 1 < tokens.length && last - i < 3) {
      const next = tokens[last + 1];
      if (!next || isStopword(next.folded) || /[,.;:()"“”]/.test(text.slice(tokens[last]?.end ?? 0, next.start))) break;
      last += 1;
    }
    const end = tokens[last];
    if (last > i && end) out.push({ kind: 'name', text: text.slice(t.start, end.end), start: t.start, end: end.end, first: i, last });
  });
  return out;
}

// "Dia merebut medali emas …": the subject is whoever the paragraph named last.
const SUBJECT_PRONOUN = /^\s*["“]?(?:dia|ia|beliau|he|she|mereka|they)\b/i;

function antecedent(h: HitSentence, ctx: AnswerContext): string | null {
  if (!SUBJECT_PRONOUN.test(h.text)) return null;
  const before = h.paragraph.sentences.filter((s) => s.start < h.offset).map((s) => s.text);
  const previous = h.article.paragraphs[h.paragraph.number - 2];
  if (!before.length && previous) before.push(...previous.sentences.map((s) => s.text));
  for (const sentence of before.reverse()) {
    const { spans } = findSpans(sentence, { properWords: ctx.corpus.properWords(h.article.id) });
    const people = spans.filter((s) => s.kind === 'name' && isKnownPerson(h.article, s.text));
    const pick = people.at(-1) ?? spans.filter((s) => s.kind === 'name').at(0);
    if (pick) return pick.text;
  }
  return null;
}

function otherClause(text: string, tokens: readonly Token[], span: Span, matched: readonly number[]): boolean {
  let nearest = -1;
  matched.forEach((g, i) => {
    if (g < 0 || (i >= span.first && i <= span.last)) return;
    if (nearest < 0 || Math.abs(i - span.first) < Math.abs(nearest - span.first)) nearest = i;
  });
  if (nearest < 0) return true;
  const [a, b] = nearest < span.first ? [tokens[nearest], tokens[span.first]] : [tokens[span.last], tokens[nearest]];
  return !a || !b || /[,;:“”"()]/.test(text.slice(a.end, b.start));
}

function nearRole(matched: readonly number[], span: Span, roles: ReadonlySet<number>): boolean {
  for (let i = Math.max(0, span.first - 8); i <= Math.min(matched.length - 1, span.last + 3); i += 1) {
    if (roles.has(matched[i] ?? -1)) return true;
  }
  return false;
}

function distance(first: number, last: number, matched: readonly number[]): number {
  let best = Infinity;
  matched.forEach((g, i) => {
    if (g < 0 || (i >= first && i <= last)) return;
    best = Math.min(best, i < first ? first - i : i - last);
  });
  return best;
}

function datesIn(h: HitSentence): DateMention[] {
  const end = h.offset + h.text.length;
  return h.paragraph.dates.filter((d) => d.start >= h.offset && d.start < end);
}

function dateSpanTokens(tokens: readonly Token[], d: DateMention, offset: number): [number, number] {
  const start = d.start - offset;
  const end = start + d.text.length;
  const first = tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < end) last += 1;
  return [Math.max(0, first), Math.max(0, last)];
}

/** Pick the best entity of the wanted kind from the top sentences, or null. */
export function extractEntity(ctx: AnswerContext, kind: AnswerKind, topSentences = 6): Extraction | null {
  // Dates are often stated once, early ("pada Senin 2 Desember 2024"), and the best-matching
  // sentences omit them: look further down the ranking for a date.
  const hits = resolveHits(ctx, kind === 'date' ? topSentences * 2 : topSentences);
  const top = hits[0]?.hit.score ?? 0;
  if (!top) return null;
  const keys = questionKeys(ctx.groups);
  const headKeys = questionKeys(ctx.groups.filter((g) => g.isHead));
  const asksClock = CLOCK_QUESTION.test(ctx.analysis.text);
  const roleGroups = new Set(ctx.groups.map((g, i) => (g.isRole && !g.isHead ? i : -1)).filter((i) => i >= 0));
  const scored: Scored[] = [];
  for (const h of hits) {
    const { tokens, spans } = findSpans(h.text, { properWords: ctx.corpus.properWords(h.article.id) });
    const allMatched = matchTokens(tokens, ctx.groups);
    const matched0 = allMatched;
    // Distance counts to what the question asks about (its verbs and nouns), not to the names
    // it mentions: "where did Rutte speak" anchors on "speak", wherever Rutte stands.
    const predicate = allMatched.map((g) => (g >= 0 && !ctx.groups[g]?.isName ? g : -1));
    const matched = predicate.some((g) => g >= 0) ? predicate : allMatched;
    const relevance = h.hit.score / top;
    if (kind === 'date') {
      const calendar = datesIn(h);
      for (const d of calendar) {
        const [first, last] = dateSpanTokens(tokens, d, h.offset);
        const prox = 1 / (1 + distance(first, last, matched) / 4);
        const cited = CITED_DATE.test(h.paragraph.text.slice(Math.max(0, d.start - 60), d.start)) ? 0.5 : 1;
        scored.push({ text: d.text, score: relevance * cited * (0.6 + 0.4 * prox), hit: h, date: d });
      }
      // Years, ranges and day/month forms that are not a full calendar date.
      for (const span of spans) {
        if (span.kind !== 'date') continue;
        if (calendar.some((d) => d.start - h.offset < span.end && d.start - h.offset + d.text.length > span.start)) continue;
        const prox = 1 / (1 + distance(span.first, span.last, matched) / 4);
        const repeat = overlapWithQuestion(tokens, span.first, span.last, keys) >= 0.5 ? 0.2 : 1;
        // "Pukul berapa …?" / "what time …?" wants the clock; "kapan" a day.
        const clock = span.clock ? (asksClock ? 1.4 : 0.5) : 1;
        scored.push({ text: span.text, score: relevance * 0.85 * repeat * clock * (0.6 + 0.4 * prox), hit: h });
      }
      continue;
    }
    const candidates = [...spans, ...spans.flatMap((sp) => peeled(sp, tokens, h.text, keys)), ...headed(tokens, h.text, ctx.analysis.head, kind)];
    // The dateline city is a fine answer to "where", never to "which organisation".
    const outlet = new Set([h.article.meta.outlet, kind === 'place' ? null : h.article.meta.dateline].filter((x): x is string => !!x).map(fold));
    for (const span of candidates) {
      // "Who is the coach of X?": the person named next to the asked role, not anyone near X.
      if (kind === 'person' && roleGroups.size && !nearRole(matched0, span, roleGroups)) continue;
      // The outlet and dateline are about the report, not an answer to what it reports.
      const report = outlet.has(fold(span.text)) ? 0.3 : 1;
      const fit = typeFit(kind, span, h.article, ctx.analysis.head, AGE.test(ctx.analysis.text), MOTION.test(ctx.analysis.text)) * headBonus(span, tokens, ctx.analysis.head, headKeys) * report * (span.withParen ? 1.15 : 1);
      if (fit <= 0) continue;
      const overlap = overlapWithQuestion(tokens, span.first, span.last, keys, ctx.analysis.head);
      const repeat = overlap >= 0.5 ? 0.1 : 1 - overlap * 0.5;
      const d = distance(span.first, span.last, matched);
      const prox = Number.isFinite(d) ? 1 / (1 + d / 4) : 0.3;
      // A place far from the predicate is where something else happened.
      // A place in another clause than the predicate is where something else happened.
      if (kind === 'place' && prox < 0.5 && otherClause(h.text, tokens, span, matched)) continue;
      const near = kind === 'place' ? 0.15 + 0.85 * prox : 0.5 + 0.5 * prox;
      scored.push({ text: span.text, score: relevance * fit * repeat * near, hit: h });
    }
    if (kind === 'person') {
      const subject = antecedent(h, ctx);
      if (subject && !overlapWithQuestion(tokenize(subject), 0, tokenize(subject).length - 1, keys)) {
        scored.push({ text: subject, score: relevance * 0.9, hit: h });
      }
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < 0.05) return null;
  const result: Extraction = {
    answer: best.text,
    citations: [citationOf(best.hit, best.hit.hit.score)],
    confidence: Math.min(1, best.score * best.hit.hit.coverage + 0.1),
    focus: kind === 'person' ? [best.text] : [],
  };
  if (best.date) result.date = best.date;
  return result;
}
