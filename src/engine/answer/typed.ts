/**
 * Typed answers (who, when, where, how many/much/long, which): every candidate of the wanted kind
 * in the best sentences is weighed by the fitted candidate model (features.ts, model.ts), and the
 * most probable one answers, cited by its sentence.
 */
import { reportingVerb } from '../ingest/reporting.ts';
import { normalizeQuestionText } from '../question/spelling.ts';
import type { Article } from '../types.ts';
import { fold, tokenize, type Token } from '../text/tokens.ts';
import { candidatesOf, reasonCandidates, type Candidate } from './candidates.ts';
import { citationOf, resolveHits, type AnswerContext, type Extraction, type HitSentence } from './context.ts';
import { featuresOf, type Features, type SentenceEvidence, type Wanted } from './features.ts';
import { familyOf, fitOf } from './kinds.ts';
import { inQuestion, matchTokens, questionKeys } from './match.ts';
import { candidateProbability, type AnswerModel } from './model.ts';
import { peeledName } from './peel.ts';
import { commonNounPhrases, syntaxOf, type SentenceSyntax } from './syntax.ts';

/** A candidate with its evidence and probability. */
export interface ScoredCandidate {
  candidate: Candidate;
  hit: HitSentence;
  features: Features;
  probability: number;
}

/** Sentences read for candidates: the best few (dates are often stated once, early, so more). */
const SENTENCES = 12;
const DATE_SENTENCES = 16;

const QUOTED = /[“"]([^“”"]{2,})[”"]/gu;

function quoteRanges(text: string): [number, number][] {
  return [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

function knownPerson(article: Article, text: string): boolean {
  const f = fold(text);
  return article.people.some((p) => [p.name, ...p.aliases].some((n) => {
    const fn = fold(n);
    return fn.length > 2 && (f === fn || f.includes(fn) || fn.includes(f));
  }));
}

/** Prepositions that stand before the gap of a question of this kind. */
function prepositionsFor(ctx: AnswerContext): ReadonlySet<string> {
  const q = fold(ctx.analysis.text);
  switch (ctx.analysis.kind) {
    case 'place':
      // "dari mana / where … from" asks the origin, "ke mana / where … to" the destination.
      if (/\bdari\s*mana|\bfrom\s+where|\bwhere\b.*\bfrom\b/.test(q)) return new Set(['dari', 'from', 'asal']);
      if (/\bke\s*mana|\bwhere\b.*\b(?:to|heading|bound)\b|\bmenuju\b|\bdestination\b|\btujuan/.test(q)) return new Set(['ke', 'to', 'menuju', 'into', 'towards']);
      return new Set(['di', 'in', 'at', 'near']);
    case 'date':
    case 'time':
      return new Set(['pada', 'on', 'at', 'sejak', 'since', 'hingga', 'sampai', 'until', 'by', 'in', 'pukul', 'mulai']);
    case 'person':
    case 'organization':
      return new Set(['oleh', 'by', 'menurut', 'kata', 'ujar', 'said']);
    default:
      return new Set();
  }
}

// Words of a question about a statement: its reporting verbs (any form) and nouns of speech.
const SPEECH_NOUNS = /\b(?:statement|statements|remarks?|speech|comments?|pernyataan(?:nya)?|keterangan(?:nya)?|ucapan(?:nya)?|pidato(?:nya)?|ngomong|bilang|ngomongin|berbicara|bicara|talk|talked|speak|spoke|spoken)\b/;

/** Whether the question is about a statement: "where did Rutte say it", "di mana dia ngomong". */
export function aboutSpeech(ctx: AnswerContext): boolean {
  const text = fold(ctx.analysis.text);
  return SPEECH_NOUNS.test(text) || tokenize(text).some((t) => reportingVerb(t.folded) !== null);
}

// "Which newspaper is the quote attributed to?", "menurut siapa", "datanya dari mana", "she told
// which outlet?", "which saudi newspaper is quoted?".
const SOURCE_QUESTION = /\b(?:attributed|quoted|according\s+to\s+(?:whom|who|which)|menurut\s+(?:siapa|apa)|(?:dilansir|dikutip|bersumber|data\w*|angka\w*|informasi\w*)\s+dari\s+mana|sumber(?:nya)?|source|(?:which|what)\s+(?:[a-z]+\s+)?(?:newspaper|paper|outlet|media|agency|publication|website|site|report)|(?:koran|media|situs|kantor\s+berita)\s+(?:apa|mana))\b/;

// "When was it reported?", "kapan berita ini dilansir?": the report, not the event it reports.
const REPORT_QUESTION = /\b(?:report(?:ed|s)?|publish(?:ed)?|dilansir|diberitakan|dikutip|dilaporkan|melaporkan|laporan(?:nya)?|terbit(?:nya)?|diterbitkan|dimuat)\b/;

function asksReport(ctx: AnswerContext): boolean {
  return REPORT_QUESTION.test(fold(ctx.analysis.text));
}

function asksSource(ctx: AnswerContext): boolean {
  return SOURCE_QUESTION.test(normalizeQuestionText(fold(ctx.analysis.text)));
}

/** Groups that carry the question's head noun ("passengers" and its translations). */
function headGroupsOf(ctx: AnswerContext): Set<number> {
  const head = ctx.analysis.head;
  const out = new Set<number>();
  if (!head) return out;
  ctx.groups.forEach((g, i) => {
    if (fold(g.label).split(/\s+/).includes(head)) out.add(i);
  });
  return out;
}

/**
 * Reason clauses of a hit sentence, and of the sentence after it in the same paragraph, which
 * often gives the reason ("… tanggap darurat. Keputusan itu diambil karena …"). The next
 * sentence's spans are placed after the hit's tokens so that distances still mean something.
 */
function reasonsAround(h: HitSentence, tokens: readonly Token[]): Candidate[] {
  const own = reasonCandidates(h.text, tokens);
  const next = h.paragraph.sentences.find((s) => s.start > h.offset);
  if (!next) return own;
  const shift = tokens.length;
  const nextTokens = tokenize(next.text);
  return [...own, ...reasonCandidates(next.text, nextTokens).map((c) => ({ ...c, first: c.first + shift, last: c.last + shift, start: -1, end: -1, nextSentence: true }))];
}

/** The sentence's noun phrases headed by a common noun, as candidates of kind phrase. */
function phraseCandidates(text: string, tokens: readonly Token[], syntax: SentenceSyntax): Candidate[] {
  return commonNounPhrases(syntax).flatMap(([first, last]) => {
    const a = tokens[first];
    const b = tokens[last];
    return a && b ? [{ kind: 'phrase' as const, text: text.slice(a.start, b.end), start: a.start, end: b.end, first, last }] : [];
  });
}

/** Every typed candidate of the best sentences, scored, best first. */
export function scoreCandidates(ctx: AnswerContext, model: AnswerModel): ScoredCandidate[] {
  const kind = ctx.analysis.kind;
  const hits = resolveHits(ctx, kind === 'date' || kind === 'time' ? DATE_SENTENCES : SENTENCES);
  const top = hits[0]?.hit.score ?? 0;
  if (!top) return [];
  const keys = questionKeys(ctx.groups);
  const headGroups = headGroupsOf(ctx);
  const roleGroups = new Set(ctx.groups.map((g, i) => (g.isRole && !headGroups.has(i) ? i : -1)).filter((i) => i >= 0));
  const family = familyOf(kind);
  const wanted: Wanted = { kind, prepositions: prepositionsFor(ctx), previous: ctx.previousAnswer ? fold(ctx.previousAnswer) : null, aboutSpeech: aboutSpeech(ctx), asksSource: asksSource(ctx), asksReport: asksReport(ctx) };
  const folded = hits.map((h) => fold(h.text));
  const scored: ScoredCandidate[] = [];
  hits.forEach((h, rank) => {
    const { tokens, candidates } = candidatesOf({ text: h.text, offset: h.offset, dates: h.paragraph.dates, paragraph: h.paragraph.number, article: h.article }, { properWords: ctx.corpus.properWords(h.article.id) });
    const matched = matchTokens(tokens, ctx.groups);
    const syntax = syntaxOf(h.text, tokens, h.article.language);
    const speakers = h.article.quotes.filter((q) => q.paragraph === h.paragraph.number && q.sentence === h.hit.doc.sentence).map((q) => fold(q.speaker));
    const evidence: SentenceEvidence = {
      text: h.text, tokens, matched, groups: ctx.groups, weights: ctx.ranking.weights, headGroups, roleGroups,
      relScore: h.hit.score / top, rank, coverage: h.hit.coverage, quotes: quoteRanges(h.text), speakers, syntax,
    };
    const all = kind === 'reason' ? reasonsAround(h, tokens) : [
      ...candidates,
      ...candidates.flatMap((c) => peeledName(c, tokens as Token[], h.text, (t) => inQuestion(t, keys))),
      // "Tanaman apa …?" → "kentang": a common noun phrase answers a which-question too.
      ...(kind === 'name' ? phraseCandidates(h.text, tokens, syntax) : []),
    ];
    const firstOf = new Map<string, number>();
    for (const c of all) if (!firstOf.has(c.kind) || (firstOf.get(c.kind) ?? 0) > c.start) firstOf.set(c.kind, c.start);
    for (const c of all) {
      if (fitOf(kind, c.kind, c.text) === 'none') continue;
      const text = fold(c.text);
      const seen = folded.filter((s) => s.includes(text)).length;
      const features = featuresOf(c, evidence, wanted, firstOf.get(c.kind) === c.start, knownPerson(h.article, c.text), seen);
      scored.push({ candidate: c, hit: h, features, probability: candidateProbability(model, features, family) });
    }
  });
  return withoutOtherCounts(scored).sort((a, b) => b.probability - a.probability);
}

/**
 * "How many passengers …?" wants a count of passengers: once some sentence counts the asked noun
 * ("148 penumpangnya"), counts of other nouns ("tujuh kru") are not answers.
 */
function withoutOtherCounts(scored: ScoredCandidate[]): ScoredCandidate[] {
  if (!scored.some((s) => s.features.headInside === 1 && s.candidate.unit)) return scored;
  return scored.filter((s) => s.features.unitOther !== 1);
}

/** The best typed candidate as an answer, or null when no sentence holds one. */
export function extractTyped(ctx: AnswerContext, model: AnswerModel): { extraction: Extraction; ranked: ScoredCandidate[] } | null {
  const ranked = scoreCandidates(ctx, model);
  const best = ranked[0];
  if (!best) return null;
  const kind = ctx.analysis.kind;
  const next = best.candidate.nextSentence ? best.hit.paragraph.sentences.find((s) => s.start > best.hit.offset) : undefined;
  const extraction: Extraction = {
    answer: best.candidate.text,
    citations: next ? [citationOf({ ...best.hit, text: next.text }, best.hit.hit.score), citationOf(best.hit, best.hit.hit.score)] : [citationOf(best.hit, best.hit.hit.score)],
    confidence: best.probability,
    focus: kind === 'person' || best.candidate.kind === 'person' ? [best.candidate.text] : [],
  };
  if (best.candidate.date) extraction.date = best.candidate.date;
  return { extraction, ranked };
}
