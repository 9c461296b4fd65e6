/**
 * From a ranking to an answer: decide whether the articles answer the question at all, then
 * route by the kind of span wanted. "Not found" is decided before extraction: a question name
 * that occurs nowhere in scope, or a best sentence covering under `minCoverage` of the
 * question's weight, means the articles do not say.
 */
import type { Article, Citation } from '../types.ts';
import { type AnswerContext, type Extraction } from './context.ts';
import { extractClause } from './clause-answer.ts';
import { isTyped } from './kinds.ts';
import { answerMeta } from './meta.ts';
import { decisionFeatures } from './decide.ts';
import { askedPerson, extractRole } from './role.ts';
import { probability, shouldAnswer } from './model.ts';
import { aboutSpeech, extractTyped, type ScoredCandidate } from './typed.ts';
import { whatSaid, whoSaid } from './quotes.ts';

export interface AnswerSettings {
  /** Least share of the question's weight the best sentence must cover. */
  minCoverage: number;
  /** A name matched no better than this (only a given name: "Sri" of "Sri Mulyani") is not found. */
  weakNameMatch: number;
  /** Most citations returned. */
  maxCitations: number;
  /** What a wrong answer costs against a right one (1) when deciding to answer (see model.ts). */
  wrongAnswerCost: number;
}

function datelinePlace(article: Article): Extraction | null {
  const dateline = article.meta.dateline;
  const first = article.paragraphs[0];
  if (!dateline || !first) return null;
  // "KONTAN.CO.ID - JAKARTA." → "JAKARTA"; "Brussels:" → "Brussels"; "TEMPO.CO, Jakarta -" → "Jakarta".
  const parts = dateline.split(/\s[-–—]\s|,\s|\s\(|:/).map((p) => p.replace(/[^\p{L}\s.]/gu, '').replace(/\.$/, '').trim()).filter(Boolean);
  const place = parts.filter((p) => !/\.(?:co|com|id|net)\b/i.test(p)).pop();
  if (!place) return null;
  const sentence = first.sentences[0]?.text ?? first.text;
  return {
    answer: place,
    citations: [{ article: article.id, title: article.meta.title, paragraph: first.number, excerpt: sentence, score: 0.5 }],
    confidence: 0.5,
    focus: [],
  };
}

/**
 * "Who is Mark Rutte?" / "Siapa Hendra Wijayakusuma?": the question names a person and nothing
 * else, so the answer is what the article calls them (their title or appositive).
 */
function asksIdentity(ctx: AnswerContext): boolean {
  if (ctx.analysis.type !== 'who' || !ctx.groups.length || ctx.isFollowUp) return false;
  if (ctx.groups.every((g) => g.isName)) return true;
  // "siapa darsono?": a name typed in lower case, nothing else (no role word, no verb).
  return ctx.groups.length <= 3 && ctx.groups.every((g) => !g.isName && !g.isRole) && askedPerson(ctx) !== null;
}

/** An extraction and, for typed kinds, the scored candidates it was chosen from. */
interface Extracted {
  extraction: Extraction | null;
  ranked: ScoredCandidate[];
}

function extract(ctx: AnswerContext, settings: AnswerSettings): Extracted {
  let ranked: ScoredCandidate[] = [];
  const typed = (): Extraction | null => {
    const result = extractTyped(ctx, ctx.model);
    ranked = result?.ranked ?? [];
    return result?.extraction ?? null;
  };
  const extraction = extractByKind(ctx, settings, typed, () => ranked[0]);
  return { extraction, ranked };
}

/**
 * Whether the best place is where a statement was made: after a locative preposition the
 * question implies ("di", "at") or right after the reporting verb ("kata Idah di Cibinong").
 * A place elsewhere in the sentence ("mengancam stabilitas Semenanjung Korea") is what was
 * talked about; the statement's place is then the dateline, as news writing gives it.
 */
function placeOfStatement(best: ScoredCandidate | undefined): boolean {
  return !!best && (best.candidate.dateline === true || (best.features.prepFit ?? 0) > 0 || (best.features.afterReport ?? 0) > 0);
}

/** Whether the question's first name is nowhere in the articles (not even as a weak match). */
function firstNameMissing(ctx: AnswerContext, settings: AnswerSettings): boolean {
  const first = ctx.groups.findIndex((g) => g.isName);
  return first >= 0 && (ctx.ranking.bestQuality[first] ?? 0) < settings.weakNameMatch;
}

function extractByKind(ctx: AnswerContext, settings: AnswerSettings, typed: () => Extraction | null, bestCandidate: () => ScoredCandidate | undefined): Extraction | null {
  const { kind } = ctx.analysis;
  const identity = asksIdentity(ctx) ? extractRole(ctx) : null;
  if (identity) return identity;
  switch (kind) {
    case 'speaker':
      return whoSaid(ctx, settings.minCoverage) ?? typed();
    case 'quote':
      // "What did Elon Musk say about Solvane?": the first name is the speaker; what someone the
      // articles never name said is not what anyone else said.
      if (firstNameMissing(ctx, settings)) return null;
      return whatSaid(ctx) ?? extractClause(ctx, 'clause');
    case 'role':
      return extractRole(ctx) ?? extractClause(ctx, 'clause');
    case 'reason':
      return typed() ?? extractClause(ctx, 'reason');
    case 'name':
      return typed() ?? extractClause(ctx, 'clause');
    case 'place': {
      const found = typed();
      const speech = aboutSpeech(ctx);
      if (found && (speech ? placeOfStatement(bestCandidate()) : found.confidence >= 0.35)) return found;
      const best = ctx.ranking.hits[0];
      const article = best ? ctx.corpus.article(best.doc.article) : undefined;
      return (article && datelinePlace(article)) ?? found;
    }
    default:
      return isTyped(kind) ? typed() : extractClause(ctx, kind);
  }
}

/** Whether the ranking supports any answer (before looking for one). */
/**
 * Whether the articles mention what the question is about at all: its names, its role, and for a
 * bare keyword string solid matches. When they do not, they cannot answer it, however well the
 * rest of the question matches; how well they answer it otherwise is the decision model's to weigh.
 */
export function mentionsWhatIsAsked(ctx: AnswerContext, settings: AnswerSettings): boolean {
  const best = ctx.ranking.hits[0];
  if (!best) return false;
  // Names the articles never mention mean another story. When some of the question's names do
  // occur (long questions spell some differently), the decision model weighs the missing share.
  const names = ctx.groups.map((g, i) => (g.isName ? i : -1)).filter((i) => i >= 0);
  if (names.length && names.every((i) => (ctx.ranking.bestQuality[i] ?? 0) < settings.weakNameMatch)) return false;
  // A role the articles never mention ("mayor") means they do not name its holder.
  if (ctx.groups.some((g, i) => g.isRole && !g.isHead && ctx.ranking.missing[i])) return false;
  // Without a question word it is a bare keyword string: answer only on solid, unfuzzy matches.
  if (ctx.analysis.type === 'unknown' && !ctx.isFollowUp) {
    // A bare number ("alert(1)") is in most articles: it says nothing about which one is meant.
    const solid = ctx.ranking.bestQuality.filter((q, i) => q >= 0.85 && !/^\d+$/.test(ctx.groups[i]?.label ?? '')).length;
    if (solid < 2) return false;
  }
  return true;
}

/** Answer from the context, or null when the articles do not say. */
export function answerFrom(ctx: AnswerContext, settings: AnswerSettings): Extraction | null {
  if (ctx.analysis.meta) {
    const articles = ctx.scope.map((id) => ctx.corpus.article(id)).filter((a): a is Article => a !== undefined);
    const best = ctx.ranking.hits[0];
    const preferred = best ? articles.filter((a) => a.id === best.doc.article) : [];
    // The article's own line or nothing: a paragraph that merely mentions a "reporter" is no byline.
    return answerMeta(ctx.analysis.meta, [...preferred, ...articles], ctx.analysis.words.map((w) => w.folded));
  }
  if (!ctx.ranking.hits.length) return null;
  if (!mentionsWhatIsAsked(ctx, settings)) return null;
  const { extraction, ranked } = extract(ctx, settings);
  const features = decisionFeatures(ctx, extraction, ranked, (ctx.ranking.hits[0]?.coverage ?? 0) >= settings.minCoverage);
  const model = ctx.model;
  const confidence = probability(model.decision, features);
  const unanswerable = probability(model.unanswerable, features);
  const answered = extraction !== null && shouldAnswer(confidence, unanswerable, settings.wrongAnswerCost);
  ctx.trace?.({
    kind: ctx.analysis.kind, ranked, extraction, decision: features, confidence, unanswerable, answered,
    groups: ctx.groups.map((g, i) => ({ label: g.label, keys: g.alternatives.map((a) => a.keys.join('+')), weight: ctx.ranking.weights[i] ?? 0, missing: ctx.ranking.missing[i] ?? false })),
  });
  if (!extraction || !answered) return null;
  extraction.confidence = confidence;
  extraction.citations = withMoreCitations(ctx, extraction.citations, settings.maxCitations);
  return extraction;
}

function withMoreCitations(ctx: AnswerContext, first: Citation[], max: number): Citation[] {
  const out = [...first];
  const seen = new Set(out.map((c) => `${c.article}\u0000${c.paragraph}`));
  const top = ctx.ranking.hits[0]?.score ?? 1;
  for (const hit of ctx.ranking.hits) {
    if (out.length >= max) break;
    const key = `${hit.doc.article}\u0000${hit.doc.paragraph}`;
    if (seen.has(key) || hit.score < top * 0.35 || hit.coverage < 0.3) continue;
    const article = ctx.corpus.article(hit.doc.article);
    const paragraph = article?.paragraphs[hit.doc.paragraph - 1];
    const sentence = paragraph?.sentences[hit.doc.sentence];
    if (!article || !paragraph || !sentence) continue;
    seen.add(key);
    out.push({ article: article.id, title: article.meta.title, paragraph: paragraph.number, excerpt: sentence.text, score: Math.round(hit.score * 1000) / 1000 });
  }
  return out;
}
