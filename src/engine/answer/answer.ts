/**
 * From a ranking to an answer: decide whether the articles answer the question at all, then
 * route by the kind of span wanted. "Not found" is decided before extraction: a question name
 * that occurs nowhere in scope, or a best sentence covering under `minCoverage` of the
 * question's weight, means the articles do not say.
 */
import type { Article, Citation } from '../types.ts';
import { fold } from '../text/tokens.ts';
import { citationOf, type AnswerContext, type Extraction } from './context.ts';
import { extractClause } from './clause-answer.ts';
import { extractEntity } from './entity.ts';
import { answerMeta } from './meta.ts';
import { whatSaid, whoSaid } from './quotes.ts';

export interface AnswerSettings {
  /** Least share of the question's weight the best sentence must cover. */
  minCoverage: number;
  /** Largest share of the question's names that may be absent from the articles. */
  maxMissingNames: number;
  /** Most citations returned. */
  maxCitations: number;
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
 * "Who is Mark Rutte?" / "Siapa Hendra Wijayakusuma?": the question names a known person and
 * nothing else, so the answer is what the article calls them (their title or appositive).
 */
function whoIs(ctx: AnswerContext): Extraction | null {
  if (ctx.analysis.type !== 'who' || !ctx.groups.length || ctx.groups.some((g) => !g.isName)) return null;
  const asked = fold(ctx.groups.map((g) => g.label).join(' '));
  for (const id of ctx.scope) {
    const article = ctx.corpus.article(id);
    const person = article?.people.find((p) => [p.name, ...p.aliases].some((n) => fold(n) === asked || fold(p.name).endsWith(asked)));
    const title = person?.titles[0];
    if (!article || !person || !title) continue;
    const paragraph = article.paragraphs.find((p) => p.text.includes(title));
    const sentence = paragraph?.sentences.find((s) => s.text.includes(title));
    if (!paragraph || !sentence) continue;
    return { answer: title, citations: [citationOf({ article, paragraph, text: sentence.text }, 1)], confidence: 0.8, focus: [person.name] };
  }
  return null;
}

function extract(ctx: AnswerContext, settings: AnswerSettings): Extraction | null {
  const { kind } = ctx.analysis;
  const identity = whoIs(ctx);
  if (identity) return identity;
  switch (kind) {
    case 'speaker':
      return whoSaid(ctx, settings.minCoverage) ?? extractEntity(ctx, 'person');
    case 'quote':
      return whatSaid(ctx) ?? extractClause(ctx, 'clause');
    case 'person':
    case 'date':
    case 'number':
    case 'name':
      return extractEntity(ctx, kind) ?? (kind === 'name' ? extractClause(ctx, 'clause') : null);
    case 'place': {
      const found = extractEntity(ctx, 'place');
      if (found && found.confidence >= 0.35) return found;
      const best = ctx.ranking.hits[0];
      const article = best ? ctx.corpus.article(best.doc.article) : undefined;
      return (article && datelinePlace(article)) ?? found;
    }
    default:
      return extractClause(ctx, kind);
  }
}

/** Whether the ranking supports any answer (before looking for one). */
export function isAnswerable(ctx: AnswerContext, settings: AnswerSettings): boolean {
  const best = ctx.ranking.hits[0];
  if (!best) return false;
  // Names the articles never mention mean another story — unless most of the names do occur
  // (long questions spell some names differently from the text).
  // Only a weak part of a name ("Sri" for "Sri Mulyani") counts as missing too.
  const names = ctx.groups.map((g, i) => (g.isName ? i : -1)).filter((i) => i >= 0);
  const missing = names.filter((i) => (ctx.ranking.bestQuality[i] ?? 0) < 0.7).length;
  if (names.length && missing / names.length > settings.maxMissingNames) return false;
  // A role the articles never mention ("mayor") means they do not name its holder.
  if (ctx.groups.some((g, i) => g.isRole && !g.isHead && ctx.ranking.missing[i])) return false;
  // Without a question word it is a bare keyword string: answer only on solid, unfuzzy matches.
  if (ctx.analysis.type === 'unknown' && !ctx.isFollowUp) {
    const solid = ctx.ranking.bestQuality.filter((q) => q >= 0.85).length;
    if (solid < 2) return false;
  }
  return best.coverage >= settings.minCoverage;
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
  if (!isAnswerable(ctx, settings)) return null;
  const result = extract(ctx, settings);
  if (!result) return null;
  result.citations = withMoreCitations(ctx, result.citations, settings.maxCitations);
  return result;
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
